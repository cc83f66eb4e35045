"""Reading the program's YAML data files, with libyaml's fast parser where it is installed."""

from __future__ import annotations

from typing import Any

import yaml

# CSafeLoader is missing when PyYAML was built without libyaml.
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> Any:
    """Parse YAML text safely (no Python objects); raises ``yaml.YAMLError`` on bad syntax."""
    return yaml.load(text, Loader=_Loader)
