"""Read YAML keeping the line of every value, so errors can say `FILE:LINE: reason`."""

from __future__ import annotations

from typing import Any

import yaml

from ctip.errors import RuleError

Path_ = tuple[str | int, ...]


class _Loader(yaml.SafeLoader):
    """SafeLoader without the timestamp resolver: dates stay strings, as the JSON Schema expects."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_with_lines(text: str, file: str) -> tuple[Any, dict[Path_, int]]:
    """Parse one YAML document; return the data and a map from path (keys/indexes) to 1-based line."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise RuleError(file, 1, "the file is empty.", "Start from `ctip assess new COUNTRY YEAR`.")
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
