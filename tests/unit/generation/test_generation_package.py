import json
import subprocess
import sys
from pathlib import Path

from plugin.generation import EngineSettings, prepare_model
from plugin.generation.model_store import embedded_cache_path, is_prepared


def test_importing_the_package_loads_neither_torch_nor_transformers_nor_llama_cpp() -> None:
    code = (
        "import sys, plugin.generation; "
        "print(sorted(m for m in ('torch', 'transformers', 'llama_cpp') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_prepared_copy_is_returned_without_converting_again(tmp_path: Path) -> None:
    settings = EngineSettings(model_cache_dir=tmp_path)
    target = embedded_cache_path(settings)
    target.mkdir(parents=True)
    (target / "copydesk-conversion.json").write_text(json.dumps({"source": "x.gguf"}))
    assert prepare_model(settings) == target


def test_a_half_written_copy_is_not_trusted(tmp_path: Path) -> None:
    target = embedded_cache_path(EngineSettings(model_cache_dir=tmp_path))
    target.mkdir(parents=True)
    (target / "config.json").write_text("{}")
    assert not is_prepared(target)
