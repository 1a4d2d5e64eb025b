"""Numbers and units are read and normalised before any comparison."""

import pytest

from plugin.guardrails.quantities import find_quantities, same_amount


def reading(text: str, dimension: str) -> float:
    [quantity] = find_quantities(text)
    return dict(quantity.readings)[dimension]


@pytest.mark.parametrize(
    ("a", "b", "dimension"),
    [
        ("2 lbs", "907 g", "mass"),
        ("32 oz", "2 lb", "mass"),
        ("10 in", "25.4 cm", "length"),
        ('10"', "254 mm", "length"),
        ("750 ml", "25 fl oz", "volume"),
        ("1.7L", "1700 ml", "volume"),
        ("2 years", "24 months", "time"),
        ("500°F", "260 °C", "temperature"),
        ("1 ½ inches", "3.81 cm", "length"),
        ("1,500 W", "1.5 kW", "power"),
    ],
)
def test_the_same_amount_in_other_units_compares_equal(a, b, dimension):
    assert same_amount(reading(a, dimension), reading(b, dimension))


def test_different_amounts_do_not_compare_equal():
    assert not same_amount(reading("1 kg", "mass"), reading("2 lb", "mass"))


def test_a_unit_given_once_applies_to_the_whole_group():
    texts = [q.text for q in find_quantities("It measures 10 x 8 x 4 in and 3000K-6000K.")]
    units = [q.unit for q in find_quantities("It measures 10 x 8 x 4 in and 3000K-6000K.")]
    assert texts == ["10", "8", "4 in", "3000K", "6000K"]
    assert units == ["in", "in", "in", "k", "k"]


def test_model_names_ordinals_and_inch_lookalikes_are_not_quantities():
    assert [q.text for q in find_quantities("The VG-10 steel, the 3rd layer, 2 in the box.")] == [
        "2"
    ]
    [quantity] = find_quantities("2 in the box")
    assert quantity.unit == ""


def test_number_words_are_numbers():
    [quantity] = find_quantities("a set of four")
    assert (quantity.value, quantity.is_word) == (4.0, True)
