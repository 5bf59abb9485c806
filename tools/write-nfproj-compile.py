#!/usr/bin/env python3
"""Rewrites the <Compile> list of a classic .nfproj from the .cs files beside it.

The nanoFramework project system needs every source listed explicitly; Visual Studio adds them when
files are created there, this does the same for people editing elsewhere.
tests/Meter.Core.NanoCompat fails when the list and the folder disagree.
Usage: tools/write-nfproj-compile.py firmware/Meter.Core/Meter.Core.Nano.nfproj
"""
import pathlib
import re
import sys

project = pathlib.Path(sys.argv[1])
folder = project.parent
sources = sorted(
    p.relative_to(folder).as_posix()
    for p in folder.rglob("*.cs")
    if p.relative_to(folder).parts[0] not in ("bin", "obj")
)
items = "".join(f'    <Compile Include="{s.replace("/", chr(92))}" />\n' for s in sources)
text = project.read_text()
text, count = re.subn(r"(<ItemGroup Label=\"Sources\">\n).*?(  </ItemGroup>)", lambda m: m.group(1) + items + m.group(2), text, flags=re.S)
if count != 1:
    sys.exit("no <ItemGroup Label=\"Sources\"> in " + str(project))
project.write_text(text)
print(f"{project}: {len(sources)} sources")
