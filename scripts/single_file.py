#!/usr/bin/env python3
# Turns Trunk's release dist/ into one self-contained dist/index.html that works from file://.
#
# Run by `make dist` after `trunk build --release`: python3 scripts/single_file.py dist
#
# Trunk's page loads its JS glue as a module and fetches the wasm, which browsers block for
# file:// pages (null origin). This step writes one page instead:
#   - the CSS inline in <style>;
#   - one <script type="module">: the wasm-bindgen `--target web` glue, verbatim, then a
#     bootstrap that keeps the page's own HTML in globalThis.TALLY_PAGE (for "Download offline
#     copy"), unpacks the wasm (base64 of LZMA, decoded by scripts/unlzma.js: about 20% smaller
#     than gzip; no fetch) and passes its bytes to the glue's init;
#   - a Content-Security-Policy meta: nothing may be fetched or connected to, only this script
#     (by its hash) may run, only this style (by its hash) applies.
# The inlined files are removed, so dist/ holds the page alone. Standard library only. A Python
# built without its lzma module packs the wasm as gzip instead (through DecompressionStream; with
# the `zopfli` command when it is there): the same page, about 75 KB heavier.

import base64
import gzip
import hashlib
import html
import itertools
import re
import shutil
import string
import subprocess
import sys
import tempfile
from pathlib import Path

# What the page may do: nothing but run its own script and wasm, apply its own style and show
# data:/blob: images. connect-src 'none' forbids fetch, XHR, WebSocket, EventSource, beacons.
CSP = (
    "default-src 'none'; "
    "script-src '{script}' 'wasm-unsafe-eval'; "
    "style-src '{style}'; "
    "img-src data: blob:; "
    "connect-src 'none'; "
    "base-uri 'none'; "
    "form-action 'none'"
)

# Runs before the app mounts. The page snapshot empties #app, so that a copy saved after use
# holds the page, not the work on it.
BOOTSTRAP = """
// Tally bootstrap (scripts/single_file.py): keep the page's own HTML, unpack the wasm, start.
{
  const page = document.documentElement.cloneNode(true);
  page.querySelector('#app')?.replaceChildren();
  globalThis.TALLY_PAGE = '<!DOCTYPE html>\\n' + page.outerHTML;
  const packed = atob(TALLY_WASM_BASE64);
  const bytes = new Uint8Array(packed.length);
  for (let i = 0; i < packed.length; i++) bytes[i] = packed.charCodeAt(i);
  const wasm = UNPACK;
  await INIT({ module_or_path: wasm });
}
"""
# How the bootstrap unpacks the bytes: LZMA by scripts/unlzma.js, or gzip by the browser.
UNPACK_LZMA = "unlzma(bytes, TALLY_WASM_SIZE)"
UNPACK_GZIP = (
    "await new Response(new Blob([bytes]).stream()"
    ".pipeThrough(new DecompressionStream('gzip'))).arrayBuffer()"
)
UNLZMA_JS = Path(__file__).resolve().parent / "unlzma.js"

MARKER = "Tally bootstrap (scripts/single_file.py)"


def fail(message):
    sys.exit(f"single_file.py: {message}")


def attrs(tag):
    """The attributes of one start tag, as a dict (names lower-cased, values unescaped)."""
    found = re.findall(r'([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|\'([^\']*)\'|([^\s>]+)))?', tag)
    out = {}
    for name, dq, sq, bare in found[1:]:  # the first match is the tag name
        out[name.lower()] = html.unescape(dq or sq or bare)
    return out


def local_file(dist, href):
    """The dist/ file a Trunk URL names ('/x.css', './x.css' or 'x.css')."""
    path = (dist / href.split("?")[0].split("#")[0].lstrip("/")).resolve()
    if dist.resolve() not in path.parents or not path.is_file():
        fail(f"{href!r} is not a file in {dist}/")
    return path


def lzma_pack(data):
    """The LZMA ("alone") stream of `data`, or None when this Python has no lzma module. Settings:
    the strongest preset; pb=0, since wasm code is not aligned to 2- or 4-byte positions (about
    0.8 KB smaller than the default pb=2). Checked by unpacking it."""
    try:
        import lzma
    except ImportError:
        return None
    lzma_filter = {"id": lzma.FILTER_LZMA1, "preset": 9 | lzma.PRESET_EXTREME, "pb": 0}
    packed = lzma.compress(data, format=lzma.FORMAT_ALONE, filters=[lzma_filter])
    if lzma.decompress(packed, format=lzma.FORMAT_ALONE) != data:
        fail("lzma packing did not round-trip")
    return packed


def gzip_smallest(data):
    """The gzip of `data`: zopfli's when it is installed (make tools installs it; the same gzip
    format, about 5% smaller than -9), else Python's -9. Checked by inflating it."""
    zopfli = shutil.which("zopfli")
    if not zopfli:
        return gzip.compress(data, compresslevel=9, mtime=0)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "app.wasm"
        path.write_bytes(data)
        run = subprocess.run([zopfli, "-c", "--gzip", str(path)], capture_output=True, check=False)
    if run.returncode != 0 or gzip.decompress(run.stdout) != data:
        fail(f"zopfli failed: {run.stderr.decode(errors='replace').strip()}")
    return run.stdout


def leb128(n):
    """`n` as unsigned LEB128, the way wasm writes counts and sizes."""
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def read_leb128(data, at):
    """The unsigned LEB128 at `at` in `data`, and where it ends."""
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def short_names():
    """a, b, ..., Z, aa, ab, ...: names for the wasm's imports."""
    letters = string.ascii_letters
    for n in itertools.count(1):
        for t in itertools.product(letters, repeat=n):
            yield "".join(t)


def short_imports(wasm, glue):
    """The wasm and glue with every import renamed to a short name (a, b, ...) in both.

    wasm-bindgen names each import like `__wbg_addEventListener_847fd86b8c33ec43`; the names are
    written twice (the wasm's import section, the glue's import object) and their hashes do not
    compress: ~6 KB of the page. An import is renamed only where the glue defines it (`name:`,
    once); anything unexpected (a name found elsewhere in the glue, a section that does not
    parse) leaves both as they are."""
    try:
        out, at, renames, names = [wasm[:8]], 8, {}, short_names()
        while at < len(wasm):
            section = wasm[at]
            size, body_at = read_leb128(wasm, at + 1)
            end = body_at + size
            if end > len(wasm):
                return wasm, glue
            if section != 2:
                out.append(wasm[at:end])
                at = end
                continue
            body = wasm[body_at:end]
            count, i = read_leb128(body, 0)
            new = bytearray(leb128(count))
            for _ in range(count):
                length, i = read_leb128(body, i)
                module = body[i : i + length]
                length, i = read_leb128(body, i + length)
                field = body[i : i + length].decode("utf-8")
                i += length
                desc = i
                kind = body[i]
                i += 1
                if kind == 0:  # function: type index
                    _, i = read_leb128(body, i)
                elif kind in (1, 2):  # table (element type, limits) or memory (limits)
                    i += kind == 1
                    flags = body[i]
                    _, i = read_leb128(body, i + 1)
                    if flags & 1:
                        _, i = read_leb128(body, i)
                elif kind == 3:  # global: value type, mutability
                    i += 2
                else:
                    return wasm, glue
                short = renames.setdefault(field, next(names))
                new += leb128(len(module)) + module
                new += leb128(len(short)) + short.encode() + body[desc:i]
            if i != len(body):
                return wasm, glue
            out.append(bytes([2]) + leb128(len(new)) + bytes(new))
            at = end
    except (IndexError, UnicodeDecodeError):
        return wasm, glue
    new_glue = glue
    for field, short in renames.items():
        if glue.count(field) != 1:
            return wasm, glue
        pattern = r"(?<![\w$])" + re.escape(field) + r"(?=\s*:)"
        new_glue, n = re.subn(pattern, short, new_glue)
        if n != 1:
            return wasm, glue
    return b"".join(out), new_glue


def slim_glue(glue):
    """The JS glue without its indentation, blank lines and whole-line comments: about 1 KB
    less gzip, the code untouched. Only done when no string or template literal spans lines
    (then every line starts outside one); otherwise the glue is kept as it is."""
    lines = glue.split("\n")
    if any(line.count("`") % 2 or line.rstrip().endswith("\\") for line in lines):
        return glue
    out, in_comment = [], False
    for line in lines:
        line = line.strip()
        if in_comment:
            in_comment = "*/" not in line
            if not in_comment and not line.endswith("*/"):
                return glue  # code after a comment's end: keep the glue whole
            continue
        if line.startswith("/*"):
            in_comment = "*/" not in line
            if not in_comment and not line.endswith("*/"):
                return glue
            continue
        if line and not line.startswith("//"):
            out.append(line)
    return glue if in_comment else "\n".join(out) + "\n"


def slim_css(css):
    """The stylesheet without comments, indentation and blank lines: about 0.9 KB less gzip.
    Strings are copied as they are; a string that spans lines (or is not closed), or a comment
    that is not closed, leaves the stylesheet whole."""
    out, i = [], 0
    while i < len(css):
        c = css[i]
        if c in "\"'":
            j = i + 1
            while j < len(css) and css[j] != c:
                j += 2 if css[j] == "\\" else 1
                if "\n" in css[j - 2 : j]:
                    return css
            if j >= len(css):
                return css
            out.append(css[i : j + 1])
            i = j + 1
        elif css.startswith("/*", i):
            j = css.find("*/", i + 2)
            if j < 0:
                return css
            i = j + 2
        else:
            out.append(c)
            i += 1
    return "\n".join(line.strip() for line in "".join(out).split("\n") if line.strip())


def sha256(text):
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def check_inline(kind, text):
    """Text that would end its element early or change how the parser reads it cannot be
    inlined as is."""
    lower = text.lower()
    for bad in (f"</{kind}", "<!--"):
        if bad in lower:
            fail(f"the {kind} contains {bad!r}, which cannot be inlined safely")


def main(argv):
    if len(argv) != 2:
        fail("usage: python3 scripts/single_file.py DIST_DIR")
    dist = Path(argv[1])
    index = dist / "index.html"
    if not index.is_file():
        fail(f"{index} is missing: run `trunk build --release` first")
    page = index.read_text(encoding="utf-8")
    if MARKER in page:
        print(f"single_file.py: {index} is already one file; nothing to do")
        return
    used = set()

    # Stylesheets -> one <style>.
    css = []

    def take_css(m):
        a = attrs(m.group(0))
        if "stylesheet" not in a.get("rel", "").split():
            return m.group(0)
        path = local_file(dist, a["href"])
        used.add(path)
        css.append(path.read_text(encoding="utf-8"))
        return ""

    page = re.sub(r"<link\b[^>]*>", take_css, page)

    # Trunk's loader: which glue and which wasm.
    loaders = re.findall(r"<script type=\"module\">(.*?)</script>\s*", page, re.S)
    if len(loaders) != 1:
        fail(f"expected one Trunk module script in {index}, found {len(loaders)}")
    loader = loaders[0]
    glue_url = re.search(r"from\s+'([^']+\.js)'", loader)
    wasm_url = re.search(r"module_or_path:\s*'([^']+\.wasm)'", loader)
    if not glue_url or not wasm_url:
        fail("the Trunk loader names no JS glue or no wasm: has Trunk's output changed?")
    glue_path = local_file(dist, glue_url.group(1))
    wasm_path = local_file(dist, wasm_url.group(1))
    used.update([glue_path, wasm_path])
    page = re.sub(r"<script type=\"module\">.*?</script>\s*", "", page, count=1, flags=re.S)

    # Preloads of what is now inline.
    def drop_preload(m):
        a = attrs(m.group(0))
        rel = a.get("rel", "").split()
        return "" if "modulepreload" in rel or "preload" in rel else m.group(0)

    page = re.sub(r"<link\b[^>]*>", drop_preload, page)

    glue = glue_path.read_text(encoding="utf-8")
    if re.search(r"^\s*import\b|\bimport\s*\(", glue, re.M):
        fail("the JS glue imports other modules (wasm-bindgen snippets?): inline them first")
    init = re.search(r"export\s*\{[^}]*\b(\w+)\s+as\s+default\b", glue)
    if not init:
        fail("the JS glue has no default export (the init function): is it --target web?")
    wasm = wasm_path.read_bytes()
    if wasm[:4] != b"\0asm":
        fail(f"{wasm_path} is not WebAssembly")
    wasm, glue = short_imports(wasm, glue)
    lzma_packed = lzma_pack(wasm)
    if lzma_packed is not None:
        packed, unpack = lzma_packed, UNPACK_LZMA
        decoder = "\n" + slim_glue(UNLZMA_JS.read_text(encoding="utf-8")).strip() + "\n"
    else:
        packed, unpack, decoder = gzip_smallest(wasm), UNPACK_GZIP, ""

    script = (
        "\n"
        + slim_glue(glue).rstrip()
        + "\n"
        + decoder
        + "\nconst TALLY_WASM_SIZE = "
        + str(len(wasm))
        + ";\nconst TALLY_WASM_BASE64 = \""
        + base64.b64encode(packed).decode("ascii")
        + "\";\n"
        + BOOTSTRAP.replace("INIT(", init.group(1) + "(").replace("UNPACK", unpack)
    )
    style = "\n" + "\n".join(slim_css(c).strip() for c in css) + "\n"
    check_inline("script", script)
    check_inline("style", style)

    csp = CSP.format(script=sha256(script), style=sha256(style))
    head_end = page.find("</head>")
    if head_end < 0:
        fail(f"{index} has no </head>")
    page = (
        page[:head_end].rstrip()
        + f"\n  <style>{style}</style>\n"
        + f'  <script type="module">{script}</script>\n'
        + page[head_end:]
    )
    # The policy first in <head>, so that it governs everything after it.
    charset = re.search(r"<meta charset=[^>]*>", page, re.I)
    if not charset:
        fail(f"{index} has no <meta charset>")
    page = (
        page[: charset.end()]
        + f'\n  <meta http-equiv="Content-Security-Policy" content="{csp}">'
        + page[charset.end() :]
    )
    # Nothing may point at other files any more.
    for m in re.finditer(r"<(?:link|script|img|source|iframe)\b[^>]*>", page, re.I):
        a = attrs(m.group(0))
        for key in ("href", "src"):
            if key in a and not a[key].startswith(("data:", "#")):
                fail(f"{m.group(0)!r} still points at {a[key]!r}")

    index.write_text(page, encoding="utf-8", newline="\n")
    for path in used:
        path.unlink()
    left = sorted(p.name for p in dist.iterdir() if p.is_file() and p != index)
    gz = len(gzip.compress(page.encode("utf-8"), compresslevel=9, mtime=0))
    print(
        f"single_file.py: {index}: {len(page.encode()) / 1024:.1f} KB, "
        f"{gz / 1024:.1f} KB gzip (wasm {len(wasm) / 1024:.1f} KB, packed with "
        f"{'lzma' if lzma_packed is not None else 'gzip'} to {len(packed) / 1024:.1f} KB, "
        f"glue {len(glue) / 1024:.1f} KB, "
        f"css {len(style) / 1024:.1f} KB)"
        + (f"; other files left in {dist}/: {', '.join(left)}" if left else "")
    )


if __name__ == "__main__":
    main(sys.argv)
