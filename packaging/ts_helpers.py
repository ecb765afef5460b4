"""Complete the .ts catalogues where pyside6-lupdate cannot see the strings.

lupdate understands `self.tr("…")`, `QCoreApplication.translate("Ctx", "…")` and `N_`.
The code also uses small helpers, e.g. `def _tr(text): return
QCoreApplication.translate("Report", text)` or a `tr(context, text)` callable handed to
chart code. lupdate files calls like `_tr("Test")` under no context at all (or misreads
`tr("charts", "Dots")` as the text "charts"), so at run time they would never be found.
This script reads the code with Python's `ast`, finds every such helper and its calls
with literal text, and writes those messages into each .ts under the context the helper
really uses, keeping any translation already made. Messages lupdate put under a context
no code asks for ("" or an instance variable name) and messages no code uses any more
are removed. Run by packaging/update_translations.sh after lupdate.
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "poems_tracker"
#: Contexts lupdate invents for calls it cannot place; no code looks strings up there.
BOGUS_CONTEXTS = {"", "parent", "self", "widget", "window", "owner"}


@dataclass(frozen=True, slots=True)
class Message:
    context: str
    source: str
    numerus: bool
    filename: str
    line: int


@dataclass(frozen=True, slots=True)
class Helper:
    """A function that ends in QCoreApplication.translate: fixed context or a context arg."""

    context: str | None  # None: the context is argument `context_arg`
    context_arg: int
    text_arg: int
    n_arg: int | None


def _is_translate(call: ast.expr) -> bool:
    return (
        isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr == "translate"
        and isinstance(call.func.value, ast.Name)
        and call.func.value.id in {"QCoreApplication", "QApplication"}
    )


def _constants(tree: ast.Module) -> dict[str, str]:
    """Module-level NAME = "text" assignments (e.g. _CONTEXT = "TrendsPage")."""
    found = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            found[node.targets[0].id] = node.value.value
    return found


def _helpers(tree: ast.Module) -> dict[str, Helper]:
    """Module-level functions whose one statement returns QCoreApplication.translate(…)."""
    constants = _constants(tree)
    helpers = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        body = [
            s
            for s in node.body
            if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))
        ]
        if len(body) != 1 or not isinstance(body[0], ast.Return):
            continue
        call = body[0].value
        if not _is_translate(call) or len(call.args) < 2:
            continue
        params = [a.arg for a in node.args.args]
        ctx, text = call.args[0], call.args[1]
        if not isinstance(text, ast.Name) or text.id not in params:
            continue
        n_arg = None
        if (
            len(call.args) >= 4
            and isinstance(call.args[3], ast.Name)
            and call.args[3].id in params
        ):
            n_arg = params.index(call.args[3].id)
        if isinstance(ctx, ast.Constant) and isinstance(ctx.value, str):
            helpers[node.name] = Helper(ctx.value, -1, params.index(text.id), n_arg)
        elif isinstance(ctx, ast.Name) and ctx.id in constants:
            helpers[node.name] = Helper(constants[ctx.id], -1, params.index(text.id), n_arg)
        elif isinstance(ctx, ast.Name) and ctx.id in params:
            helpers[node.name] = Helper(None, params.index(ctx.id), params.index(text.id), n_arg)
    return helpers


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def _translate_params(tree: ast.Module) -> set[str]:
    """Parameter names annotated with a `Translate` callable type (context, text)."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            args = node.args
            for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs]:
                ann = getattr(arg, "annotation", None)
                if ann is not None and "Translate" in ast.unparse(ann):
                    names.add(arg.arg)
    return names


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def scan(package: Path = PACKAGE) -> list[Message]:
    """Every helper call with literal text under PACKAGE, with its run-time context."""
    trees = {
        path: ast.parse(path.read_text(encoding="utf-8"), str(path))
        for path in sorted(package.rglob("*.py"))
    }
    by_module = {_module_name(path): _helpers(tree) for path, tree in trees.items()}
    messages = []
    for path, tree in trees.items():
        local = dict(by_module[_module_name(path)])
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in by_module:
                for alias in node.names:
                    if alias.name in by_module[node.module]:
                        local[alias.asname or alias.name] = by_module[node.module][alias.name]
        for name in _translate_params(tree) - set(local):
            local[name] = Helper(None, 0, 1, None)
        filename = path.relative_to(ROOT).as_posix()
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in local
            ):
                continue
            helper = local[node.func.id]
            args = node.args
            if len(args) <= helper.text_arg or (text := _literal(args[helper.text_arg])) is None:
                continue
            context = helper.context
            if context is None:
                if len(args) <= helper.context_arg:
                    continue
                context = _literal(args[helper.context_arg])
                if context is None:
                    continue
            numerus = helper.n_arg is not None and len(args) > helper.n_arg
            messages.append(Message(context, text, numerus, filename, node.lineno))
    return messages


def _message_key(message: ET.Element) -> tuple[str, str]:
    return message.findtext("source") or "", message.findtext("comment") or ""


def merge(ts_path: Path, messages: list[Message]) -> tuple[int, int]:
    """Write MESSAGES into TS_PATH; return (added, revived). Keeps existing translations."""
    tree = ET.parse(ts_path)
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.findall("context")}
    for name in BOGUS_CONTEXTS & set(contexts):
        root.remove(contexts.pop(name))
    wanted: dict[tuple[str, str], list[Message]] = {}
    for message in messages:
        wanted.setdefault((message.context, message.source), []).append(message)
    added = revived = 0
    for (context_name, source), uses in sorted(wanted.items()):
        context = contexts.get(context_name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = context_name
            contexts[context_name] = context
        existing = next(
            (m for m in context.findall("message") if _message_key(m) == (source, "")), None
        )
        if existing is None:
            existing = ET.SubElement(context, "message")
            ET.SubElement(existing, "source").text = source
            translation = ET.SubElement(existing, "translation", type="unfinished")
            if uses[0].numerus:
                existing.set("numerus", "yes")
            added += 1
        else:
            translation = existing.find("translation")
            if translation is not None and translation.get("type") in {"vanished", "obsolete"}:
                if (translation.text or "").strip() or len(translation):
                    del translation.attrib["type"]
                else:
                    translation.set("type", "unfinished")
                revived += 1
        for old in existing.findall("location"):
            existing.remove(old)
        for index, use in enumerate(uses):
            location = ET.Element(
                "location", filename=f"../../../{use.filename}", line=str(use.line)
            )
            existing.insert(index, location)
    for context in list(root.findall("context")):
        for message in list(context.findall("message")):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in {"vanished", "obsolete"}:
                context.remove(message)
        if not context.findall("message"):
            root.remove(context)
    for context in root.findall("context"):  # contexts and messages in a stable order
        items = sorted(context.findall("message"), key=_message_key)
        for item in items:
            context.remove(item)
        context.extend(items)
    ordered = sorted(root.findall("context"), key=lambda c: c.findtext("name") or "")
    for context in ordered:
        root.remove(context)
    root.extend(ordered)
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts_path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return added, revived


def main(paths: list[str]) -> int:
    messages = scan()
    for name in paths:
        added, revived = merge(Path(name), messages)
        print(f"{name}: {len(messages)} helper calls, {added} new, {revived} kept")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
