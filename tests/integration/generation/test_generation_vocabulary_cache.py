"""The kept vocabulary is computed once per tokenizer and language set and cached in the model
cache, beside the converted model: a second engine reads the file, and a new language set or a
changed tokenizer gets a file of its own."""

import json
from pathlib import Path

from transformers import AutoTokenizer

from plugin.generation import EngineSettings, build_engine
from plugin.generation.transformers_engine import TransformersEngine
from plugin.generation.vocabulary import kept_vocabulary


def loaded_engine(model_dir: Path, cache: Path, **config: str) -> TransformersEngine:
    settings = {"MODEL": str(model_dir), "DEVICE": "cpu", "MODEL_CACHE_DIR": str(cache), **config}
    engine = build_engine(EngineSettings.from_mapping(settings))
    assert isinstance(engine, TransformersEngine)
    engine.load()
    return engine


def test_the_cached_vocabulary_is_reused_and_a_new_language_set_gets_its_own(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    first = loaded_engine(tiny_model_dir, tmp_path, LANGUAGES="en")
    [cached] = (tmp_path / "vocabularies").glob("*.json")
    record = json.loads(cached.read_text(encoding="utf-8"))
    assert record["languages"] == ["en"] and len(record["kept"]) == first.output_head.columns
    # A second process reads the file rather than computing it (here: a list cut short).
    cached.write_text(json.dumps({**record, "kept": record["kept"][:50]}), encoding="utf-8")
    assert loaded_engine(tiny_model_dir, tmp_path, LANGUAGES="en").output_head.columns == 50
    loaded_engine(tiny_model_dir, tmp_path, LANGUAGES="en,pl")
    assert len(list((tmp_path / "vocabularies").glob("*.json"))) == 2
    # Every token: no list to keep, no file.
    assert loaded_engine(tiny_model_dir, tmp_path, LANGUAGES="all").output_head.columns == len(
        first.tokenizer
    )
    assert len(list((tmp_path / "vocabularies").glob("*.json"))) == 2


def test_a_changed_tokenizer_rebuilds_the_list(tiny_model_dir: Path, tmp_path: Path) -> None:
    tokenizer = AutoTokenizer.from_pretrained(str(tiny_model_dir))
    ends = {tokenizer.eos_token_id}
    before = kept_vocabulary(tokenizer, ends, ["en"], tmp_path)
    tokenizer.add_tokens(["hoodie-blue"])
    after = kept_vocabulary(tokenizer, ends, ["en"], tmp_path)
    assert after == [*before, len(tokenizer) - 1]
    assert len(list((tmp_path / "vocabularies").glob("*.json"))) == 2
    # An unreadable cache file is computed again and rewritten.
    for path in (tmp_path / "vocabularies").glob("*.json"):
        path.write_text("{", encoding="utf-8")
    assert kept_vocabulary(tokenizer, ends, ["en"], tmp_path) == after
