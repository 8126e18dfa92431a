#!/usr/bin/env python3
"""Tests for check-module-cycles.py: it passes on the real tree and fails on each kind of mistake it exists to catch,
each shown on a small tree written to a temporary folder (or on a copy of the real core with one line added).
Run by `make lint` before the check itself: `python3 scripts/test_check_module_cycles.py`."""

import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CHECK = os.path.join(HERE, "check-module-cycles.py")


def run(*roots):
    """Exit code and stderr of the check over `roots`."""
    done = subprocess.run([sys.executable, CHECK, *roots], capture_output=True, text=True, check=False)
    return done.returncode, done.stderr


def write_tree(base, files):
    """Writes `{relative path: source}` under `base`."""
    for path, source in files.items():
        full = os.path.join(base, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(textwrap.dedent(source))


class CheckModuleCycles(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="rapport-cycles-")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def tree(self, files):
        root = os.path.join(self.tmp, "src")
        write_tree(root, files)
        return root

    def core_copy_with(self, path, extra):
        """A copy of the real core at `<tmp>/crates/core/src` (so its layers apply), `extra` appended to `path`."""
        core = os.path.join(self.tmp, "crates", "core", "src")
        shutil.copytree(os.path.join(ROOT, "crates", "core", "src"), core)
        with open(os.path.join(core, path), "a", encoding="utf-8") as f:
            f.write(textwrap.dedent(extra))
        return core

    def test_the_real_tree_passes(self):
        code, errors = run()
        self.assertEqual(code, 0, errors)

    def test_two_modules_using_each_other_fail(self):
        root = self.tree({
            "lib.rs": "mod a;\nmod b;\n",
            "a.rs": "use crate::b::B;\npub struct A;\n",
            "b.rs": "pub struct B;\npub fn make() -> crate::a::A { crate::a::A }\n",
        })
        code, errors = run(root)
        self.assertEqual(code, 1)
        self.assertIn("module cycle among a, b", errors)
        self.assertIn("a -> b", errors)
        self.assertIn("b -> a", errors)

    def test_a_longer_cycle_through_grouped_imports_fails(self):
        root = self.tree({
            "lib.rs": "mod a;\nmod b;\nmod c;\n",
            # The only way from a to b is an aliased import inside a group.
            "a.rs": "use crate::{b as bee, c as _};\n",
            "b.rs": "pub struct B;\nuse crate::c::C;\n",
            "c.rs": "pub struct C;\nfn f() { let _ = super::a::f; }\n",
        })
        code, errors = run(root)
        self.assertEqual(code, 1)
        self.assertIn("module cycle among a, b, c", errors)

    def test_a_folder_whose_child_reads_it_while_it_reads_the_child_fails(self):
        root = self.tree({
            "lib.rs": "mod share;\n",
            "share/mod.rs": "mod code;\npub struct Shared;\npub fn encode() { code::write() }\n",
            "share/code.rs": "use super::Shared;\npub fn write() {}\n",
        })
        code, errors = run(root)
        self.assertEqual(code, 1)
        self.assertIn("module cycle among share, share::code", errors)

    def test_a_front_door_that_only_re_exports_its_children_passes(self):
        root = self.tree({
            "lib.rs": "mod share;\nmod user;\n",
            "share/mod.rs": "mod code;\nmod result;\npub use code::encode;\npub use result::Shared;\n",
            "share/result.rs": "pub struct Shared;\n",
            "share/code.rs": "use super::Shared;\npub fn encode(_: &Shared) {}\n",
            "user.rs": "use crate::share::{encode, Shared};\n",
        })
        code, errors = run(root)
        self.assertEqual(code, 0, errors)

    def test_paths_in_comments_and_strings_are_not_imports(self):
        root = self.tree({
            "lib.rs": "mod a;\nmod b;\n",
            "a.rs": "use crate::b::B;\n",
            "b.rs": (
                "//! Read by [`crate::a`].\npub struct B;\n"
                "/* crate::a::x */\nconst URL: &str = \"https://x//crate::a::y\";\nconst C: char = '\"';\n"
                "const R: &str = r#\"crate::a\"#;\n"
            ),
        })
        code, errors = run(root)
        self.assertEqual(code, 0, errors)

    def test_a_core_module_using_a_later_layer_fails(self):
        # json is a foundation; scoring comes later: this is how the old json -> scoring -> ... -> json loop began.
        core = self.core_copy_with("json.rs", "\npub fn later() -> bool { crate::scoring::ScoreError::Incomplete.is_empty() }\n")
        code, errors = run(core)
        self.assertEqual(code, 1)
        self.assertIn("json (layer 1) uses crate::scoring::ScoreError::Incomplete", errors)

    def test_storage_reading_share_again_fails(self):
        core = self.core_copy_with("storage/envelope.rs", "\nfn back(r: &SavedResult) -> bool { crate::share::SharedResult::from_saved(r).is_some() }\n")
        code, errors = run(core)
        self.assertEqual(code, 1)
        self.assertIn("storage::envelope (layer 4) uses crate::share::SharedResult::from_saved", errors)

    def test_the_core_reaching_for_the_ui_or_a_browser_fails(self):
        core = self.core_copy_with("summary.rs", "\nfn ui() { let _ = web_sys::window(); let _ = rapport::state::now(); }\n")
        code, errors = run(core)
        self.assertEqual(code, 1)
        self.assertIn("the core uses web_sys::", errors)
        self.assertIn("the core uses rapport::", errors)

    def test_a_missing_folder_fails(self):
        code, errors = run(os.path.join(self.tmp, "nothing-here"))
        self.assertEqual(code, 1)
        self.assertIn("no such folder", errors)


if __name__ == "__main__":
    unittest.main(verbosity=1)
