from pathlib import Path

import pytest

from plugin.errors import ValidationError
from plugin.generation import EngineSettings, build_engine


def test_defaults_mean_the_embedded_model_on_the_best_device() -> None:
    settings = EngineSettings.from_mapping({})
    assert settings.engine == "transformers"
    assert settings.model is None
    assert settings.device == "auto"
    assert settings.max_batch_size >= 1 and settings.max_batch_tokens >= 1
    assert settings.max_new_tokens is None
    assert settings.openai_chat is None


def test_config_keys_are_read_and_converted() -> None:
    settings = EngineSettings.from_mapping(
        {
            "ENGINE": "openai",
            "MODEL": "",
            "DEVICE": "CPU",
            "MODEL_CACHE_DIR": "/srv/models",
            "MAX_BATCH_SIZE": "4",
            "MAX_BATCH_TOKENS": 2048,
            "MAX_NEW_TOKENS": "64",
            "OPENAI_BASE_URL": "http://gpu-1:8000/",
            "OPENAI_API_KEY": "sk-secret",
            "OPENAI_MODEL": "google/gemma-3-270m",
            "OPENAI_CHAT": "false",
            "OPENAI_CONCURRENCY": "3",
            "OPENAI_TIMEOUT": "2.5",
            "GENERATION_RETRIES": "0",
        }
    )
    assert settings.engine == "openai"
    assert settings.model is None
    assert settings.device == "cpu"
    assert settings.model_cache_dir == Path("/srv/models")
    assert (settings.max_batch_size, settings.max_batch_tokens) == (4, 2048)
    assert settings.max_new_tokens == 64
    assert settings.openai_base_url == "http://gpu-1:8000"
    assert settings.openai_chat is False
    assert settings.openai_concurrency == 3
    assert settings.openai_timeout == 2.5
    assert settings.generation_retries == 0


@pytest.mark.parametrize(
    "config",
    [
        {"ENGINE": "llama"},
        {"DEVICE": "tpu"},
        {"MAX_BATCH_SIZE": "0"},
        {"MAX_BATCH_TOKENS": "many"},
        {"OPENAI_TIMEOUT": "-1"},
        {"OPENAI_CHAT": "maybe"},
    ],
)
def test_bad_values_are_refused_with_the_key_named(config: dict[str, str]) -> None:
    with pytest.raises(ValidationError) as caught:
        EngineSettings.from_mapping(config)
    assert next(iter(config)) in caught.value.message


def test_llamacpp_is_an_engine_and_loads_nothing_until_used() -> None:
    engine = build_engine(EngineSettings.from_mapping({"ENGINE": "LlamaCpp"}))
    assert type(engine).__name__ == "LlamaCppEngine"
    assert not engine.loaded  # type: ignore[attr-defined]


def test_the_api_key_never_shows_in_a_repr() -> None:
    settings = EngineSettings.from_mapping({"OPENAI_API_KEY": "sk-very-secret"})
    assert "sk-very-secret" not in repr(settings)
    assert settings.openai_api_key == "sk-very-secret"


def test_the_openai_engine_needs_a_base_url() -> None:
    with pytest.raises(Exception, match="OPENAI_BASE_URL"):
        build_engine(EngineSettings.from_mapping({"ENGINE": "openai"}))


def test_planned_copy_and_the_adapter_are_on_unless_turned_off() -> None:
    default = EngineSettings.from_mapping({})
    assert default.planned_copy is True and default.adapter == "auto"
    off = EngineSettings.from_mapping({"PLANNED_COPY": "false", "ADAPTER": "off"})
    assert off.planned_copy is False and off.adapter == "off"


def test_the_output_precision_setting_takes_known_precisions_only() -> None:
    assert EngineSettings.from_mapping({}).output_precision == "auto"
    for precision in ("float32", "bfloat16"):
        settings = EngineSettings.from_mapping({"OUTPUT_PRECISION": precision})
        assert settings.output_precision == precision
    with pytest.raises(ValidationError, match="OUTPUT_PRECISION"):
        EngineSettings.from_mapping({"OUTPUT_PRECISION": "int8"})


def test_cpu_threads_default_to_every_cpu_and_can_be_split_between_workers() -> None:
    from plugin.generation.settings import cpu_threads

    every = cpu_threads(EngineSettings.from_mapping({}))
    assert every >= 1
    assert cpu_threads(EngineSettings.from_mapping({"CPU_THREADS": "1"})) == 1
    with pytest.raises(ValidationError) as caught:
        EngineSettings.from_mapping({"CPU_THREADS": "-2"})
    assert "CPU_THREADS" in caught.value.message


def test_the_model_precision_setting_takes_known_precisions_only() -> None:
    assert EngineSettings.from_mapping({}).model_precision == "auto"
    for precision in ("float32", "bfloat16"):
        settings = EngineSettings.from_mapping({"MODEL_PRECISION": precision})
        assert settings.model_precision == precision
    with pytest.raises(ValidationError, match="MODEL_PRECISION"):
        EngineSettings.from_mapping({"MODEL_PRECISION": "float16"})
