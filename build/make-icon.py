#!/usr/bin/env python3
"""Draws the package icon (128x128 PNG) with the standard library only: a calendar page whose header is the red
of the 12345 hotline logo, a grid of days, and one day marked due. Run: python3 build/make-icon.py src/Hotline.Domain/icon.png"""
import struct
import sys
import zlib

SIZE = 128
RED = (200, 16, 46, 255)
WHITE = (255, 255, 255, 255)
GREY = (214, 218, 224, 255)
DARK = (40, 44, 52, 255)
CLEAR = (0, 0, 0, 0)


def inside_rounded(x, y, x0, y0, x1, y1, r):
    if not (x0 <= x < x1 and y0 <= y < y1):
        return False
    cx = min(max(x, x0 + r), x1 - 1 - r)
    cy = min(max(y, y0 + r), y1 - 1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def pixel(x, y):
    # The page, with rounded corners; its top band is the header.
    if not inside_rounded(x, y, 8, 12, 120, 120, 14):
        # Two rings binding the page.
        for rx in (38, 90):
            if rx - 5 <= x < rx + 5 and 4 <= y < 26:
                return DARK
        return CLEAR
    for rx in (38, 90):
        if rx - 5 <= x < rx + 5 and y < 26:
            return DARK
    if y < 40:
        return RED
    # A 5x3 grid of days (Monday to Friday, three weeks); the last day of the second week is due.
    for row in range(3):
        for col in range(5):
            x0 = 18 + col * 19
            y0 = 50 + row * 21
            if x0 <= x < x0 + 14 and y0 <= y < y0 + 14:
                return RED if (row, col) == (1, 4) else GREY
    return WHITE


def png(width, height, rgba):
    raw = b"".join(b"\x00" + b"".join(bytes(rgba(x, y)) for x in range(width)) for y in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    with open(sys.argv[1], "wb") as f:
        f.write(png(SIZE, SIZE, pixel))
