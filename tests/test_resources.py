"""Shipped resources are found both in a checkout and after a plain ``pip install .``."""

from __future__ import annotations

from pathlib import Path

import medkg
from medkg import resources


def test_resources_found():
    assert (resources.ontology_dir() / "medkg.ttl").is_file()
    assert (resources.ontology_dir() / "shapes.ttl").is_file()
    assert len(list(resources.queries_dir().glob("*.rq"))) >= 12
    assert len(list(resources.bundled_lists_dir().glob("*.md"))) == 5


def test_installed_package_uses_packaged_copies():
    pkg = Path(medkg.__file__).resolve().parent
    if (pkg.parent.name == "src"):  # editable/checkout import: the repository folders are used
        assert resources.ontology_dir() == pkg.parent.parent / "ontology"
    else:  # a real install (what CI tests): package data inside medkg/_resources
        assert resources.ontology_dir() == pkg / "_resources" / "ontology"
        assert resources.queries_dir() == pkg / "_resources" / "queries"
