namespace Hotline.Domain.Calendars;

/// <summary>
/// The State Council's holiday notices 2007–2026, transcribed: per notice, each holiday run (its days off, the days of
/// it that are statutory holidays, and the weekend days made working days). Later notices (the 2015, 2019 and 2020
/// amendments) override earlier ones day by day. Weekdays inside a run that are not statutory are 调休 days off;
/// weekend days inside a run stay weekend days, named after the holiday.
/// </summary>
/// <remarks>
/// To add a year: append one <c>Notice(...)</c> block at the end with its runs, and move
/// <see cref="ChinaCalendars.MainlandCoverageEnd"/> to the new year's 31 December. Statutory days follow the
/// 全国年节及纪念日放假办法 in force that year (1999, 2007, 2013 and 2024 revisions).
/// </remarks>
internal static partial class MainlandNotices
{
    internal static readonly NoticeData[] All =
    [
        Notice(2007, "国务院办公厅关于2007年部分节假日安排的通知", null, "http://www.gov.cn/zhengce/zhengceku/2008-03/28/content_1761.htm",
            Run(HolidayName.NewYear, "2007-01-01..2007-01-03", "2007-01-01", ""),
            Run(HolidayName.SpringFestival, "2007-02-18..2007-02-24", "2007-02-18 2007-02-19 2007-02-20", "2007-02-17 2007-02-25"),
            Run(HolidayName.LabourDay, "2007-05-01..2007-05-07", "2007-05-01 2007-05-02 2007-05-03", "2007-04-28 2007-04-29"),
            Run(HolidayName.NationalDay, "2007-10-01..2007-10-07", "2007-10-01 2007-10-02 2007-10-03", "2007-09-29 2007-09-30")),

        Notice(2008, "国务院办公厅关于2008年部分节假日安排的通知", "国办发明电〔2007〕52号", "http://www.gov.cn/zhengce/zhengceku/2008-03/28/content_1645.htm",
            Run(HolidayName.NewYear, "2007-12-30..2008-01-01", "2008-01-01", "2007-12-29"),
            Run(HolidayName.SpringFestival, "2008-02-06..2008-02-12", "2008-02-06 2008-02-07 2008-02-08", "2008-02-02 2008-02-03"),
            Run(HolidayName.Qingming, "2008-04-04..2008-04-06", "2008-04-04", ""),
            Run(HolidayName.LabourDay, "2008-05-01..2008-05-03", "2008-05-01", "2008-05-04"),
            Run(HolidayName.DragonBoat, "2008-06-07..2008-06-09", "2008-06-08", ""),
            Run(HolidayName.MidAutumn, "2008-09-13..2008-09-15", "2008-09-14", ""),
            Run(HolidayName.NationalDay, "2008-09-29..2008-10-05", "2008-10-01 2008-10-02 2008-10-03", "2008-09-27 2008-09-28")),

        Notice(2009, "国务院办公厅关于2009年部分节假日安排的通知", "国办发明电〔2008〕42号", "http://www.gov.cn/zhengce/zhengceku/2008-12/10/content_1572.htm",
            Run(HolidayName.NewYear, "2009-01-01..2009-01-03", "2009-01-01", "2009-01-04"),
            Run(HolidayName.SpringFestival, "2009-01-25..2009-01-31", "2009-01-25 2009-01-26 2009-01-27", "2009-01-24 2009-02-01"),
            Run(HolidayName.Qingming, "2009-04-04..2009-04-06", "2009-04-04", ""),
            Run(HolidayName.LabourDay, "2009-05-01..2009-05-03", "2009-05-01", ""),
            Run(HolidayName.DragonBoat, "2009-05-28..2009-05-30", "2009-05-28", "2009-05-31"),
            Run(HolidayName.MidAutumnAndNationalDay, "2009-10-01..2009-10-08", "2009-10-01 2009-10-02 2009-10-03", "2009-09-27 2009-10-10")),

        Notice(2010, "国务院办公厅关于2010年部分节假日安排的通知", "国办发明电〔2009〕27号", "http://www.gov.cn/zhengce/zhengceku/2009-12/08/content_1476.htm",
            Run(HolidayName.NewYear, "2010-01-01..2010-01-03", "2010-01-01", ""),
            Run(HolidayName.SpringFestival, "2010-02-13..2010-02-19", "2010-02-13 2010-02-14 2010-02-15", "2010-02-20 2010-02-21"),
            Run(HolidayName.Qingming, "2010-04-03..2010-04-05", "2010-04-05", ""),
            Run(HolidayName.LabourDay, "2010-05-01..2010-05-03", "2010-05-01", ""),
            Run(HolidayName.DragonBoat, "2010-06-14..2010-06-16", "2010-06-16", "2010-06-12 2010-06-13"),
            Run(HolidayName.MidAutumn, "2010-09-22..2010-09-24", "2010-09-22", "2010-09-19 2010-09-25"),
            Run(HolidayName.NationalDay, "2010-10-01..2010-10-07", "2010-10-01 2010-10-02 2010-10-03", "2010-09-26 2010-10-09")),

        Notice(2011, "国务院办公厅关于2011年部分节假日安排的通知", "国办发明电〔2010〕40号", "http://www.gov.cn/zhengce/zhengceku/2010-12/10/content_1423.htm",
            Run(HolidayName.NewYear, "2011-01-01..2011-01-03", "2011-01-01", ""),
            Run(HolidayName.SpringFestival, "2011-02-02..2011-02-08", "2011-02-02 2011-02-03 2011-02-04", "2011-01-30 2011-02-12"),
            Run(HolidayName.Qingming, "2011-04-03..2011-04-05", "2011-04-05", "2011-04-02"),
            Run(HolidayName.LabourDay, "2011-04-30..2011-05-02", "2011-05-01", ""),
            Run(HolidayName.DragonBoat, "2011-06-04..2011-06-06", "2011-06-06", ""),
            Run(HolidayName.MidAutumn, "2011-09-10..2011-09-12", "2011-09-12", ""),
            Run(HolidayName.NationalDay, "2011-10-01..2011-10-07", "2011-10-01 2011-10-02 2011-10-03", "2011-10-08 2011-10-09")),

        Notice(2012, "国务院办公厅关于2012年部分节假日安排的通知", "国办发明电〔2011〕45号", "http://www.gov.cn/zhengce/zhengceku/2011-12/06/content_1411.htm",
            Run(HolidayName.NewYear, "2012-01-01..2012-01-03", "2012-01-01", "2011-12-31"),
            Run(HolidayName.SpringFestival, "2012-01-22..2012-01-28", "2012-01-22 2012-01-23 2012-01-24", "2012-01-21 2012-01-29"),
            Run(HolidayName.Qingming, "2012-04-02..2012-04-04", "2012-04-04", "2012-03-31 2012-04-01"),
            Run(HolidayName.LabourDay, "2012-04-29..2012-05-01", "2012-05-01", "2012-04-28"),
            Run(HolidayName.DragonBoat, "2012-06-22..2012-06-24", "2012-06-23", ""),
            Run(HolidayName.MidAutumnAndNationalDay, "2012-09-30..2012-10-07", "2012-09-30 2012-10-01 2012-10-02 2012-10-03", "2012-09-29")),

        Notice(2013, "国务院办公厅关于2013年部分节假日安排的通知", "国办发明电〔2012〕33号", "http://www.gov.cn/zhengce/zhengceku/2012-12/10/content_1353.htm",
            Run(HolidayName.NewYear, "2013-01-01..2013-01-03", "2013-01-01", "2013-01-05 2013-01-06"),
            Run(HolidayName.SpringFestival, "2013-02-09..2013-02-15", "2013-02-09 2013-02-10 2013-02-11", "2013-02-16 2013-02-17"),
            Run(HolidayName.Qingming, "2013-04-04..2013-04-06", "2013-04-04", "2013-04-07"),
            Run(HolidayName.LabourDay, "2013-04-29..2013-05-01", "2013-05-01", "2013-04-27 2013-04-28"),
            Run(HolidayName.DragonBoat, "2013-06-10..2013-06-12", "2013-06-12", "2013-06-08 2013-06-09"),
            Run(HolidayName.MidAutumn, "2013-09-19..2013-09-21", "2013-09-19", "2013-09-22"),
            Run(HolidayName.NationalDay, "2013-10-01..2013-10-07", "2013-10-01 2013-10-02 2013-10-03", "2013-09-29 2013-10-12")),

        Notice(2014, "国务院办公厅关于2014年部分节假日安排的通知", "国办发明电〔2013〕28号", "http://www.gov.cn/zhengce/zhengceku/2014-01/02/content_1194.htm",
            Run(HolidayName.NewYear, "2014-01-01..2014-01-01", "2014-01-01", ""),
            Run(HolidayName.SpringFestival, "2014-01-31..2014-02-06", "2014-01-31 2014-02-01 2014-02-02", "2014-01-26 2014-02-08"),
            Run(HolidayName.Qingming, "2014-04-05..2014-04-07", "2014-04-05", ""),
            Run(HolidayName.LabourDay, "2014-05-01..2014-05-03", "2014-05-01", "2014-05-04"),
            Run(HolidayName.DragonBoat, "2014-06-02..2014-06-02", "2014-06-02", ""),
            Run(HolidayName.MidAutumn, "2014-09-08..2014-09-08", "2014-09-08", ""),
            Run(HolidayName.NationalDay, "2014-10-01..2014-10-07", "2014-10-01 2014-10-02 2014-10-03", "2014-09-28 2014-10-11")),

        Notice(2015, "国务院办公厅关于2015年部分节假日安排的通知", "国办发明电〔2014〕28号", "http://www.gov.cn/zhengce/zhengceku/2014-12/16/content_9302.htm",
            Run(HolidayName.NewYear, "2015-01-01..2015-01-03", "2015-01-01", "2015-01-04"),
            Run(HolidayName.SpringFestival, "2015-02-18..2015-02-24", "2015-02-19 2015-02-20 2015-02-21", "2015-02-15 2015-02-28"),
            Run(HolidayName.Qingming, "2015-04-05..2015-04-06", "2015-04-05", ""),
            Run(HolidayName.LabourDay, "2015-05-01..2015-05-01", "2015-05-01", ""),
            Run(HolidayName.DragonBoat, "2015-06-20..2015-06-22", "2015-06-20", ""),
            Run(HolidayName.MidAutumn, "2015-09-27..2015-09-27", "2015-09-27", ""),
            Run(HolidayName.NationalDay, "2015-10-01..2015-10-07", "2015-10-01 2015-10-02 2015-10-03", "2015-10-10")),

        Notice(2015, "国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知", "国发明电〔2015〕1号", "http://www.gov.cn/zhengce/zhengceku/2015-05/13/content_9742.htm",
            Run(HolidayName.VictoryDay70, "2015-09-03..2015-09-05", "2015-09-03", "2015-09-06")),

        Notice(2016, "国务院办公厅关于2016年部分节假日安排的通知", "国办发明电〔2015〕18号", "http://www.gov.cn/zhengce/zhengceku/2015-12/10/content_10394.htm",
            Run(HolidayName.NewYear, "2016-01-01..2016-01-01", "2016-01-01", ""),
            Run(HolidayName.SpringFestival, "2016-02-07..2016-02-13", "2016-02-08 2016-02-09 2016-02-10", "2016-02-06 2016-02-14"),
            Run(HolidayName.Qingming, "2016-04-04..2016-04-04", "2016-04-04", ""),
            Run(HolidayName.LabourDay, "2016-05-01..2016-05-02", "2016-05-01", ""),
            Run(HolidayName.DragonBoat, "2016-06-09..2016-06-11", "2016-06-09", "2016-06-12"),
            Run(HolidayName.MidAutumn, "2016-09-15..2016-09-17", "2016-09-15", "2016-09-18"),
            Run(HolidayName.NationalDay, "2016-10-01..2016-10-07", "2016-10-01 2016-10-02 2016-10-03", "2016-10-08 2016-10-09")),

        Notice(2017, "国务院办公厅关于2017年部分节假日安排的通知", "国办发明电〔2016〕17号", "http://www.gov.cn/zhengce/zhengceku/2016-12/01/content_5141603.htm",
            Run(HolidayName.NewYear, "2017-01-01..2017-01-02", "2017-01-01", ""),
            Run(HolidayName.SpringFestival, "2017-01-27..2017-02-02", "2017-01-28 2017-01-29 2017-01-30", "2017-01-22 2017-02-04"),
            Run(HolidayName.Qingming, "2017-04-02..2017-04-04", "2017-04-04", "2017-04-01"),
            Run(HolidayName.LabourDay, "2017-05-01..2017-05-01", "2017-05-01", ""),
            Run(HolidayName.DragonBoat, "2017-05-28..2017-05-30", "2017-05-30", "2017-05-27"),
            Run(HolidayName.MidAutumnAndNationalDay, "2017-10-01..2017-10-08", "2017-10-01 2017-10-02 2017-10-03 2017-10-04", "2017-09-30")),

        Notice(2018, "国务院办公厅关于2018年部分节假日安排的通知", "国办发明电〔2017〕12号", "http://www.gov.cn/zhengce/zhengceku/2017-11/30/content_5243579.htm",
            Run(HolidayName.NewYear, "2018-01-01..2018-01-01", "2018-01-01", ""),
            Run(HolidayName.SpringFestival, "2018-02-15..2018-02-21", "2018-02-16 2018-02-17 2018-02-18", "2018-02-11 2018-02-24"),
            Run(HolidayName.Qingming, "2018-04-05..2018-04-07", "2018-04-05", "2018-04-08"),
            Run(HolidayName.LabourDay, "2018-04-29..2018-05-01", "2018-05-01", "2018-04-28"),
            Run(HolidayName.DragonBoat, "2018-06-18..2018-06-18", "2018-06-18", ""),
            Run(HolidayName.MidAutumn, "2018-09-24..2018-09-24", "2018-09-24", ""),
            Run(HolidayName.NationalDay, "2018-10-01..2018-10-07", "2018-10-01 2018-10-02 2018-10-03", "2018-09-29 2018-09-30")),

        Notice(2019, "国务院办公厅关于2019年部分节假日安排的通知", "国办发明电〔2018〕15号", "http://www.gov.cn/zhengce/zhengceku/2018-12/06/content_5346276.htm",
            Run(HolidayName.NewYear, "2018-12-30..2019-01-01", "2019-01-01", "2018-12-29"),
            Run(HolidayName.SpringFestival, "2019-02-04..2019-02-10", "2019-02-05 2019-02-06 2019-02-07", "2019-02-02 2019-02-03"),
            Run(HolidayName.Qingming, "2019-04-05..2019-04-05", "2019-04-05", ""),
            Run(HolidayName.LabourDay, "2019-05-01..2019-05-01", "2019-05-01", ""),
            Run(HolidayName.DragonBoat, "2019-06-07..2019-06-07", "2019-06-07", ""),
            Run(HolidayName.MidAutumn, "2019-09-13..2019-09-13", "2019-09-13", ""),
            Run(HolidayName.NationalDay, "2019-10-01..2019-10-07", "2019-10-01 2019-10-02 2019-10-03", "2019-09-29 2019-10-12")),

        Notice(2019, "国务院办公厅关于调整2019年劳动节假期安排的通知", "国办发明电〔2019〕3号", "http://www.gov.cn/zhengce/zhengceku/2019-03/22/content_5375877.htm",
            Run(HolidayName.LabourDay, "2019-05-01..2019-05-04", "2019-05-01", "2019-04-28 2019-05-05")),

        Notice(2020, "国务院办公厅关于2020年部分节假日安排的通知", "国办发明电〔2019〕16号", "http://www.gov.cn/zhengce/zhengceku/2019-11/21/content_5454164.htm",
            Run(HolidayName.NewYear, "2020-01-01..2020-01-01", "2020-01-01", ""),
            Run(HolidayName.SpringFestival, "2020-01-24..2020-01-30", "2020-01-25 2020-01-26 2020-01-27", "2020-01-19 2020-02-01"),
            Run(HolidayName.Qingming, "2020-04-04..2020-04-06", "2020-04-04", ""),
            Run(HolidayName.LabourDay, "2020-05-01..2020-05-05", "2020-05-01", "2020-04-26 2020-05-09"),
            Run(HolidayName.DragonBoat, "2020-06-25..2020-06-27", "2020-06-25", "2020-06-28"),
            Run(HolidayName.MidAutumnAndNationalDay, "2020-10-01..2020-10-08", "2020-10-01 2020-10-02 2020-10-03", "2020-09-27 2020-10-10")),

        Notice(2020, "国务院办公厅关于延长2020年春节假期的通知", "国办发明电〔2020〕1号", "http://www.gov.cn/zhengce/zhengceku/2020-01/27/content_5472352.htm",
            Run(HolidayName.SpringFestival, "2020-01-31..2020-02-02", "", "")),

        Notice(2021, "国务院办公厅关于2021年部分节假日安排的通知", "国办发明电〔2020〕27号", "http://www.gov.cn/zhengce/zhengceku/2020-11/25/content_5564127.htm",
            Run(HolidayName.NewYear, "2021-01-01..2021-01-03", "2021-01-01", ""),
            Run(HolidayName.SpringFestival, "2021-02-11..2021-02-17", "2021-02-12 2021-02-13 2021-02-14", "2021-02-07 2021-02-20"),
            Run(HolidayName.Qingming, "2021-04-03..2021-04-05", "2021-04-04", ""),
            Run(HolidayName.LabourDay, "2021-05-01..2021-05-05", "2021-05-01", "2021-04-25 2021-05-08"),
            Run(HolidayName.DragonBoat, "2021-06-12..2021-06-14", "2021-06-14", ""),
            Run(HolidayName.MidAutumn, "2021-09-19..2021-09-21", "2021-09-21", "2021-09-18"),
            Run(HolidayName.NationalDay, "2021-10-01..2021-10-07", "2021-10-01 2021-10-02 2021-10-03", "2021-09-26 2021-10-09")),

        Notice(2022, "国务院办公厅关于2022年部分节假日安排的通知", "国办发明电〔2021〕11号", "http://www.gov.cn/zhengce/zhengceku/2021-10/25/content_5644835.htm",
            Run(HolidayName.NewYear, "2022-01-01..2022-01-03", "2022-01-01", ""),
            Run(HolidayName.SpringFestival, "2022-01-31..2022-02-06", "2022-02-01 2022-02-02 2022-02-03", "2022-01-29 2022-01-30"),
            Run(HolidayName.Qingming, "2022-04-03..2022-04-05", "2022-04-05", "2022-04-02"),
            Run(HolidayName.LabourDay, "2022-04-30..2022-05-04", "2022-05-01", "2022-04-24 2022-05-07"),
            Run(HolidayName.DragonBoat, "2022-06-03..2022-06-05", "2022-06-03", ""),
            Run(HolidayName.MidAutumn, "2022-09-10..2022-09-12", "2022-09-10", ""),
            Run(HolidayName.NationalDay, "2022-10-01..2022-10-07", "2022-10-01 2022-10-02 2022-10-03", "2022-10-08 2022-10-09")),

        Notice(2023, "国务院办公厅关于2023年部分节假日安排的通知", "国办发明电〔2022〕16号", "http://www.gov.cn/zhengce/zhengceku/2022-12/08/content_5730844.htm",
            Run(HolidayName.NewYear, "2022-12-31..2023-01-02", "2023-01-01", ""),
            Run(HolidayName.SpringFestival, "2023-01-21..2023-01-27", "2023-01-22 2023-01-23 2023-01-24", "2023-01-28 2023-01-29"),
            Run(HolidayName.Qingming, "2023-04-05..2023-04-05", "2023-04-05", ""),
            Run(HolidayName.LabourDay, "2023-04-29..2023-05-03", "2023-05-01", "2023-04-23 2023-05-06"),
            Run(HolidayName.DragonBoat, "2023-06-22..2023-06-24", "2023-06-22", "2023-06-25"),
            Run(HolidayName.MidAutumnAndNationalDay, "2023-09-29..2023-10-06", "2023-09-29 2023-10-01 2023-10-02 2023-10-03", "2023-10-07 2023-10-08")),

        Notice(2024, "国务院办公厅关于2024年部分节假日安排的通知", "国办发明电〔2023〕7号", "https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm",
            Run(HolidayName.NewYear, "2024-01-01..2024-01-01", "2024-01-01", ""),
            Run(HolidayName.SpringFestival, "2024-02-10..2024-02-17", "2024-02-10 2024-02-11 2024-02-12", "2024-02-04 2024-02-18"),
            Run(HolidayName.Qingming, "2024-04-04..2024-04-06", "2024-04-04", "2024-04-07"),
            Run(HolidayName.LabourDay, "2024-05-01..2024-05-05", "2024-05-01", "2024-04-28 2024-05-11"),
            Run(HolidayName.DragonBoat, "2024-06-10..2024-06-10", "2024-06-10", ""),
            Run(HolidayName.MidAutumn, "2024-09-15..2024-09-17", "2024-09-17", "2024-09-14"),
            Run(HolidayName.NationalDay, "2024-10-01..2024-10-07", "2024-10-01 2024-10-02 2024-10-03", "2024-09-29 2024-10-12")),

        Notice(2025, "国务院办公厅关于2025年部分节假日安排的通知", "国办发明电〔2024〕12号", "https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm",
            Run(HolidayName.NewYear, "2025-01-01..2025-01-01", "2025-01-01", ""),
            Run(HolidayName.SpringFestival, "2025-01-28..2025-02-04", "2025-01-28 2025-01-29 2025-01-30 2025-01-31", "2025-01-26 2025-02-08"),
            Run(HolidayName.Qingming, "2025-04-04..2025-04-06", "2025-04-04", ""),
            Run(HolidayName.LabourDay, "2025-05-01..2025-05-05", "2025-05-01 2025-05-02", "2025-04-27"),
            Run(HolidayName.DragonBoat, "2025-05-31..2025-06-02", "2025-05-31", ""),
            Run(HolidayName.MidAutumnAndNationalDay, "2025-10-01..2025-10-08", "2025-10-01 2025-10-02 2025-10-03 2025-10-06", "2025-09-28 2025-10-11")),

        Notice(2026, "国务院办公厅关于2026年部分节假日安排的通知", "国办发明电〔2025〕7号", "https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm",
            Run(HolidayName.NewYear, "2026-01-01..2026-01-03", "2026-01-01", "2026-01-04"),
            Run(HolidayName.SpringFestival, "2026-02-15..2026-02-23", "2026-02-16 2026-02-17 2026-02-18 2026-02-19", "2026-02-14 2026-02-28"),
            Run(HolidayName.Qingming, "2026-04-04..2026-04-06", "2026-04-05", ""),
            Run(HolidayName.LabourDay, "2026-05-01..2026-05-05", "2026-05-01 2026-05-02", "2026-05-09"),
            Run(HolidayName.DragonBoat, "2026-06-19..2026-06-21", "2026-06-19", ""),
            Run(HolidayName.NationalDay, "2026-10-01..2026-10-07", "2026-10-01 2026-10-02 2026-10-03", "2026-09-20 2026-10-10"),
            Run(HolidayName.MidAutumn, "2026-09-25..2026-09-27", "2026-09-25", "")),
    ];
}
