"""Read YAML keeping the line of every value, so errors can say `FILE:LINE: reason`."""

from __future__ import annotations

from typing import Any

import yaml

from ctip.errors import RuleError
from ctip.limits import limits

Path_ = tuple[str | int, ...]


class _Loader(yaml.SafeLoader):
    """SafeLoader without the timestamp resolver: dates stay strings, as the JSON Schema expects."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


MAX_VALUES = 1_000_000  # values after expanding aliases; a "billion laughs" file expands far beyond


def check_expansion(node: yaml.Node, file: str) -> None:
    """Refuse recursive aliases (`&a [*a]`) and aliases that multiply the data ("billion laughs").

    Counts the values each node stands for once per node (memoised), so the check itself
    stays linear in the size of the file however much the aliases would expand.
    """
    sizes: dict[int, int] = {}
    in_progress: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(node, False)]
    while stack:
        current, children_done = stack.pop()
        key = id(current)
        if children_done:
            in_progress.discard(key)
            sizes[key] = 1 + sum(sizes[id(c)] for c in _children(current))
            if sizes[key] > MAX_VALUES:
                raise RuleError(file, current.start_mark.line + 1,
                                f"the aliases (*name) here expand to more than {MAX_VALUES:,} values.",
                                "Write the values out, or use fewer aliases.")
            continue
        if key in sizes:
            continue
        if key in in_progress:
            raise RuleError(file, current.start_mark.line + 1, "an alias (*name) refers to a value that contains it.",
                            "Remove the recursive alias.")
        in_progress.add(key)
        stack.append((current, True))
        for child in _children(current):
            if id(child) in in_progress:
                raise RuleError(file, child.start_mark.line + 1,
                                "an alias (*name) refers to a value that contains it.", "Remove the recursive alias.")
            if id(child) not in sizes:
                stack.append((child, False))


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def compose_checked(text: str | bytes, file: str) -> Any:
    """`yaml.safe_load` that refuses too many aliases, recursive aliases and "billion laughs"."""
    loader = _CountingLoader(text)
    loader.name = file
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        check_expansion(node, file)
        return loader.construct_document(node)
    finally:
        loader.dispose()


class _CountingLoader(yaml.SafeLoader):
    """SafeLoader that stops after CTIP_MAX_YAML_ALIASES aliases (a cheap first guard)."""

    aliases = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            self.aliases += 1
            if self.aliases > limits().yaml_aliases:
                mark = self.peek_event().start_mark
                raise RuleError(self.name if isinstance(self.name, str) else "YAML", mark.line + 1,
                                f"more than {limits().yaml_aliases:,} aliases (*name) in one file.",
                                "Write the values out, or raise CTIP_MAX_YAML_ALIASES.")
        return super().compose_node(parent, index)


class _MarkedLoader(_CountingLoader, _Loader):
    pass


def load_with_lines(text: str, file: str) -> tuple[Any, dict[Path_, int]]:
    """Parse one YAML document; return the data and a map from path (keys/indexes) to 1-based line."""
    loader = _MarkedLoader(text)
    loader.name = file
    try:
        node = loader.get_single_node()
        if node is None:
            raise RuleError(file, 1, "the file is empty.", "Start from `ctip assess new COUNTRY YEAR`.")
        check_expansion(node, file)
        lines: dict[Path_, int] = {}
        _walk(node, (), lines, file)
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise RuleError(file, line, f"not valid YAML: {exc.problem or exc}", "Check indentation and quoting.") from None
    finally:
        loader.dispose()
    return data, lines


def _walk(node: yaml.Node, path: Path_, lines: dict[Path_, int], file: str) -> None:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            name = str(key.value)
            if name in seen:
                # SafeLoader keeps the last value silently; in evidence that hides a mistake.
                raise RuleError(file, key.start_mark.line + 1, f"duplicate key {name!r}.")
            seen.add(name)
            _walk(value, (*path, name), lines, file)
            lines[(*path, name)] = key.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*path, index), lines, file)


def line_of(lines: dict[Path_, int], path: Path_) -> int:
    """The line of `path`, or of its nearest ancestor that has one."""
    path = tuple(path)
    while path and path not in lines:
        path = path[:-1]
    return lines.get(path, 1)
