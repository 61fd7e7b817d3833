"""`ctip screen` starts without loading what only other commands need: every command pays for
the imports of the CLI package, and start-up runs on one core before any worker starts."""

import json
import subprocess
import sys

HEAVY = ("sqlalchemy", "alembic", "stix2", "scipy", "sklearn", "jsonschema", "fastapi", "uvicorn")


def test_importing_the_cli_loads_no_database_sharing_or_training_library():
    code = ("import sys, json, ctip.cli; "
            "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    loaded = set(json.loads(run.stdout))
    assert "ctip" in loaded and "numpy" in loaded
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))


def test_the_sharing_package_still_offers_its_names_on_first_use():
    import ctip.share as share

    assert callable(share.export_content) and callable(share.read_content)
    assert share.REVEAL_PERMISSION
    assert set(share.__all__) <= set(dir(share))
    try:
        share.no_such_name  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("an unknown name must raise AttributeError")
