# Tests of scripts/single_file.py on a made-up Trunk dist/ (no browser, standard library only):
# python3 -m unittest tests/single_file_test.py
# The real build is checked in Chromium by tests/e2e/offline.spec.mjs.

import base64
import gzip
import hashlib
import lzma
import random
import re
import runpy
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "single_file.py"
UNLZMA = SCRIPT.parent / "unlzma.js"

# What Trunk 0.21 writes for `trunk build --release` (shape copied from a real build).
INDEX = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Tally</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/main-1.css" integrity="sha384-x"/>
<link rel="stylesheet" href="/share-2.css" integrity="sha384-y"/>
<script type="module">
import init, * as bindings from '/tally-3.js';
const wasm = await init({ module_or_path: '/tally-3_bg.wasm' });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));
</script>
<link rel="modulepreload" href="/tally-3.js" crossorigin="anonymous" integrity="sha384-z"><link rel="preload" href="/tally-3_bg.wasm" crossorigin="anonymous" integrity="sha384-w" as="fetch" type="application/wasm"></head>
<body>
  <div id="app"></div>
</body>
</html>
"""
GLUE = """let wasm;
export function run() { return wasm; }
async function __wbg_init(module_or_path) { wasm = module_or_path; }
export { initSync, __wbg_init as default };
"""
WASM = b"\0asm\1\0\0\0" + bytes(range(256)) * 4


def make_dist(root, glue=GLUE, css="body { margin: 0; }"):
    dist = Path(root) / "dist"
    dist.mkdir()
    (dist / "index.html").write_text(INDEX)
    (dist / "main-1.css").write_text(css)
    (dist / "share-2.css").write_text(".share-link { order: 10; }")
    (dist / "tally-3.js").write_text(glue)
    (dist / "tally-3_bg.wasm").write_bytes(WASM)
    return dist


def run(dist):
    return subprocess.run(
        [sys.executable, str(SCRIPT), str(dist)], capture_output=True, text=True
    )


def tiny_module(names):
    """A valid wasm module importing one function `() -> ()` per name from "./tally_bg.js", and
    a glue defining them."""

    def vec(items):
        return bytes([len(items)]) + b"".join(items)

    def name(text):
        return bytes([len(text)]) + text.encode()

    types = vec([b"\x60\x00\x00"])
    imports = vec([name("./tally_bg.js") + name(n) + b"\x00\x00" for n in names])
    wasm = b"\0asm\1\0\0\0"
    for section, body in ((1, types), (2, imports)):
        wasm += bytes([section, len(body)]) + body
    wasm += b"\x00\x05\x04note"  # a custom section, kept as it is
    bodies = ["alert(x);", "console.log(x);"]
    glue = "const import0 = {\n" + "".join(
        f"{n}: function(x) {{ {bodies[i % 2]} }},\n" for i, n in enumerate(names)
    ) + "};\n"
    return wasm, glue


def unlzma_in_node(packed, size):
    """What scripts/unlzma.js makes of `packed` (run by node: stdin in, stdout out)."""
    program = (
        "const fs = require('fs');"
        f"const source = fs.readFileSync({str(UNLZMA)!r}, 'utf8');"
        "const unlzma = new Function(source + '; return unlzma;')();"
        f"process.stdout.write(unlzma(new Uint8Array(fs.readFileSync(0)), {size}));"
    )
    return subprocess.run(
        ["node", "-e", program], input=packed, capture_output=True, check=True
    ).stdout


def sha256(text):
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


class SingleFile(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)

    def test_one_page_with_everything_inline_and_a_policy_by_hash(self):
        dist = make_dist(self.tmp.name)
        result = run(dist)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(sorted(p.name for p in dist.iterdir()), ["index.html"])
        page = (dist / "index.html").read_text()
        scripts = re.findall(r"<script type=\"module\">(.*?)</script>", page, re.S)
        self.assertEqual(len(scripts), 1)
        script = scripts[0]
        styles = re.findall(r"<style>(.*?)</style>", page, re.S)
        self.assertEqual(len(styles), 1)
        self.assertIn("body { margin: 0; }", styles[0])
        self.assertIn(".share-link { order: 10; }", styles[0])
        csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
        self.assertIn(f"script-src '{sha256(script)}' 'wasm-unsafe-eval'", csp)
        self.assertIn(f"style-src '{sha256(styles[0])}'", csp)
        for rule in ("default-src 'none'", "connect-src 'none'", "img-src data: blob:"):
            self.assertIn(rule, csp)
        self.assertLess(page.index("Content-Security-Policy"), page.index("<style>"))
        # The wasm, packed with LZMA and base64-encoded, unpacked by scripts/unlzma.js and
        # handed to the glue's default export.
        packed = re.search(r'TALLY_WASM_BASE64 = "([^"]+)"', script).group(1)
        self.assertEqual(lzma.decompress(base64.b64decode(packed)), WASM)
        self.assertIn(f"const TALLY_WASM_SIZE = {len(WASM)};", script)
        self.assertIn("function unlzma(src, size) {", script)
        self.assertIn("const wasm = unlzma(bytes, TALLY_WASM_SIZE);", script)
        self.assertIn("await __wbg_init({ module_or_path: wasm });", script)
        self.assertIn("globalThis.TALLY_PAGE", script)
        self.assertTrue(script.startswith("\n" + GLUE.strip()))
        # Nothing points at the removed files.
        self.assertNotRegex(page, r"tally-3|main-1|share-2|modulepreload|integrity")

    def test_without_lzma_the_wasm_is_gzipped_and_inflated_by_the_browser(self):
        dist = make_dist(self.tmp.name)
        no_lzma = (
            "import runpy, sys; sys.modules['lzma'] = None; "
            f"sys.argv = ['single_file.py', {str(dist)!r}]; "
            f"runpy.run_path({str(SCRIPT)!r}, run_name='__main__')"
        )
        result = subprocess.run([sys.executable, "-c", no_lzma], capture_output=True, text=True)
        self.assertEqual(result.returncode, 0, result.stderr)
        page = (dist / "index.html").read_text()
        script = re.search(r"<script type=\"module\">(.*?)</script>", page, re.S).group(1)
        packed = re.search(r'TALLY_WASM_BASE64 = "([^"]+)"', script).group(1)
        self.assertEqual(gzip.decompress(base64.b64decode(packed)), WASM)
        self.assertIn("new DecompressionStream('gzip')", script)
        self.assertNotIn("function unlzma", script)

    @unittest.skipUnless(shutil.which("node"), "node is not installed")
    def test_the_js_decoder_unpacks_what_python_packs(self):
        # One line per case: the bytes, and the LZMA settings (lc, lp, pb) they are packed with.
        rng = random.Random(7)
        mixed = b"".join(
            rng.choice([b"abc", b"figures ", bytes([rng.randrange(256)]) * rng.randrange(1, 300),
                        bytes(rng.randrange(256) for _ in range(5))])
            for _ in range(3000)
        )
        cases = [
            ("one byte", b"a", (3, 0, 2)),
            ("zeros, long matches", bytes(100_000), (3, 0, 2)),
            ("random, literals only", bytes(rng.randrange(256) for _ in range(20_000)), (3, 0, 0)),
            ("mixed, defaults", mixed, (3, 0, 2)),
            ("mixed, the page's settings", mixed, (3, 0, 0)),
            ("mixed, position bits", mixed, (0, 2, 2)),
            ("mixed, lc 4", mixed, (4, 0, 4)),
            ("the wasm stand-in", WASM * 50, (3, 0, 0)),
        ]
        for name, data, (lc, lp, pb) in cases:
            with self.subTest(name=name, lc=lc, lp=lp, pb=pb):
                lzma_filter = {"id": lzma.FILTER_LZMA1, "preset": 9, "lc": lc, "lp": lp, "pb": pb}
                packed = lzma.compress(data, format=lzma.FORMAT_ALONE, filters=[lzma_filter])
                self.assertEqual(unlzma_in_node(packed, len(data)), data)
        with self.subTest(name="a truncated stream is an error, not garbage"):
            packed = lzma.compress(mixed, format=lzma.FORMAT_ALONE)
            with self.assertRaises(subprocess.CalledProcessError):
                unlzma_in_node(packed[: len(packed) // 2], len(mixed))

    def test_the_glue_is_slimmed_only_when_every_line_starts_outside_a_literal(self):
        slim = runpy.run_path(str(SCRIPT))["slim_glue"]
        # One line per case: the glue, and what it becomes.
        cases = [
            ("  let a = 1;\n\n  // note\n  /**\n   * doc\n   */\n  f(a);\n", "let a = 1;\nf(a);\n"),
            ("/* one line */\nx();\n", "x();\n"),
            ("const s = `a\n  b`;\n", "const s = `a\n  b`;\n"),
            ("const s = 'a\\\n  b';\n", "const s = 'a\\\n  b';\n"),
            ("/* c */ x();\n  y();\n", "/* c */ x();\n  y();\n"),
            ("/*\n c */ x();\n", "/*\n c */ x();\n"),
            ("  /* never closed\n  x();\n", "  /* never closed\n  x();\n"),
            ("  const u = 'http://x';\n", "const u = 'http://x';\n"),
        ]
        for glue, want in cases:
            with self.subTest(glue=glue):
                self.assertEqual(slim(glue), want)

    def test_imports_get_short_names_in_both_the_wasm_and_the_glue(self):
        tool = runpy.run_path(str(SCRIPT))
        short_imports = tool["short_imports"]
        wasm, glue = tiny_module(["__wbg_alert_0123456789abcdef", "__wbg_log_fedcba9876543210"])
        new_wasm, new_glue = short_imports(wasm, glue)
        self.assertEqual(new_wasm, tiny_module(["a", "b"])[0])
        self.assertIn("a: function(x) { alert(x); },", new_glue)
        self.assertIn("b: function(x) { console.log(x); },", new_glue)
        self.assertNotIn("__wbg_", new_glue)
        # One line per case: what stops the renaming, leaving both as they were.
        cases = [
            ("a name also used elsewhere in the glue", glue + "// __wbg_log_fedcba9876543210\n", wasm),
            ("a name the glue does not define", glue.replace("__wbg_alert_0123456789abcdef", "x"), wasm),
            ("a wasm that does not parse", glue, wasm[:-3]),
            ("not wasm sections at all", glue, WASM),
        ]
        for why, glue_case, wasm_case in cases:
            with self.subTest(why=why):
                self.assertEqual(short_imports(wasm_case, glue_case), (wasm_case, glue_case))

    @unittest.skipUnless(shutil.which("node"), "node is not installed")
    def test_a_renamed_module_still_compiles_with_the_names_of_its_glue(self):
        short_imports = runpy.run_path(str(SCRIPT))["short_imports"]
        wasm, glue = short_imports(*tiny_module(["__wbg_alert_0123456789abcdef", "__wbg_x_1"]))
        program = (
            "const m = new WebAssembly.Module(require('fs').readFileSync(0));"
            "console.log(WebAssembly.Module.imports(m).map(i => i.module + ' ' + i.name + ' ' + i.kind).join(','));"
        )
        run = subprocess.run(["node", "-e", program], input=wasm, capture_output=True, check=True)
        self.assertEqual(run.stdout.decode().strip(), "./tally_bg.js a function,./tally_bg.js b function")
        self.assertIn("a: function(x)", glue)

    def test_the_css_loses_comments_and_indentation_but_never_inside_a_string(self):
        slim = runpy.run_path(str(SCRIPT))["slim_css"]
        # One line per case: the stylesheet, and what it becomes.
        cases = [
            ("/* theme */\n:root {\n  --a: 1px; /* note */\n}\n\n", ":root {\n--a: 1px;\n}"),
            ("a::after { content: \"▲\"; }\n", "a::after { content: \"▲\"; }"),
            ("/* one\n   two */ b { c: d }", "b { c: d }"),
            ("a::after { content: \"/* x */\"; } /* y */\n", "a::after { content: \"/* x */\"; }"),
            ("a::after { content: '*/'; }\n", "a::after { content: '*/'; }"),
            ("a::after { content: \"a \\\" /*\"; }\n", "a::after { content: \"a \\\" /*\"; }"),
            ("a { b: c } /* never closed\n", "a { b: c } /* never closed\n"),
            ("a::after { content: \"never closed; }\n", "a::after { content: \"never closed; }\n"),
            ("a::after { content: \"x\\\n  y\"; }\n", "a::after { content: \"x\\\n  y\"; }\n"),
        ]
        for css, want in cases:
            with self.subTest(css=css):
                self.assertEqual(slim(css), want)

    def test_a_second_run_changes_nothing(self):
        dist = make_dist(self.tmp.name)
        self.assertEqual(run(dist).returncode, 0)
        once = (dist / "index.html").read_text()
        result = run(dist)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("already one file", result.stdout)
        self.assertEqual((dist / "index.html").read_text(), once)

    def test_what_cannot_be_inlined_safely_fails_loudly_and_changes_nothing(self):
        cases = [
            ("import './snippets/x.js';\n" + GLUE, {}, "imports other modules"),
            ("let wasm;\nexport function run() {}\n", {}, "no default export"),
            (GLUE + "const s = '</script>';\n", {}, "cannot be inlined"),
            (GLUE + "const c = '<!--';\n", {}, "cannot be inlined"),
            (GLUE, {"css": "a::after { content: '</style>'; }"}, "cannot be inlined"),
        ]
        for i, (glue, extra, why) in enumerate(cases):
            with self.subTest(why=why, case=i):
                root = Path(self.tmp.name) / str(i)
                root.mkdir()
                dist = make_dist(root, glue=glue, **extra)
                result = run(dist)
                self.assertNotEqual(result.returncode, 0)
                self.assertIn(why, result.stderr)
                self.assertEqual((dist / "index.html").read_text(), INDEX)
                self.assertTrue((dist / "tally-3_bg.wasm").exists())

    def test_a_missing_dist_says_so(self):
        result = run(Path(self.tmp.name) / "nowhere")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("is missing", result.stderr)


if __name__ == "__main__":
    unittest.main()
