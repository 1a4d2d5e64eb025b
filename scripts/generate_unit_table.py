"""Write ``plugin/guardrails/data/units.json`` from pint's unit definitions.

    pip install pint babel && python scripts/generate_unit_table.py

The guardrails compare quantities in one base unit per kind (2 lb = 907 g; 40 mi = 64.4 km).
The factors come from pint, so nobody types a conversion by hand; pint itself stays out of the
runtime (it is large and slow to import): this script runs offline and the table is committed.
Below is only *which* units shop copy uses, and the spellings merchants write that pint does
not list (plurals, "lbs", "fl oz", "km/h").
"""

from __future__ import annotations

import json
from pathlib import Path

import pint
from babel import Locale

OUT = Path(__file__).resolve().parent.parent / "plugin" / "guardrails" / "data" / "units.json"

# kind -> pint's name of the base unit the guardrails compare in.
KINDS = {
    "mass": "gram",
    "length": "millimeter",
    "volume": "milliliter",
    "area": "centimeter ** 2",
    "time": "second",
    "speed": "kilometer_per_hour",
    "power": "watt",
    "energy": "watt_hour",
    "charge": "milliampere_hour",
    "current": "ampere",
    "voltage": "volt",
    "frequency": "hertz",
    "pressure": "bar",
    "data": "gigabyte",
    "temperature": "degree_Celsius",
    "percent": "percent",
    "torque": "newton * meter",
    "data_rate": "megabit / second",
}

# (kind, pint unit, spellings shop copy uses beyond pint's symbol and name). Spellings that are
# also ordinary words or letters stay case-sensitive (listed in CASE_SENSITIVE).
UNITS: list[tuple[str, str, str]] = [
    ("mass", "milligram", "mg,milligrams"),
    ("mass", "gram", "g,gr,grams,gramme,grammes"),
    ("mass", "kilogram", "kg,kgs,kilo,kilos,kilograms"),
    ("mass", "pound", "lb,lbs,pound,pounds"),
    ("mass", "ounce", "oz,ounce,ounces"),
    ("mass", "stone", "st,stone"),
    ("volume", "fluid_ounce", "oz,ounce,ounces,fl oz,fl. oz,fl. oz.,floz,fluid ounce,fluid ounces"),
    ("volume", "milliliter", "ml,mL,millilitre,millilitres,milliliter,milliliters"),
    ("volume", "centiliter", "cl,centilitre,centilitres"),
    ("volume", "deciliter", "dl,dL,decilitre,decilitres,deciliter,deciliters"),
    ("volume", "liter", "l,L,ltr,litre,litres,liter,liters"),
    ("volume", "teaspoon", "tsp,tsps,teaspoon,teaspoons"),
    ("volume", "tablespoon", "tbsp,tbsps,tbs,tablespoon,tablespoons"),
    ("volume", "cup", "cup,cups"),
    ("volume", "pint", "pint,pints"),
    ("volume", "quart", "qt,quart,quarts"),
    ("volume", "gallon", "gal,gallon,gallons"),
    ("volume", "imperial_gallon", "imperial gallon,imperial gallons,imp gal,UK gallon,UK gallons"),
    ("volume", "imperial_pint", "imperial pint,imperial pints,UK pint,UK pints"),
    ("length", "millimeter", "mm,millimetre,millimetres,millimeter,millimeters"),
    ("length", "centimeter", "cm,centimetre,centimetres,centimeter,centimeters"),
    ("length", "meter", "m,metre,metres,meter,meters,masl,m asl,metres above sea level"),
    ("length", "kilometer", "km,kms,kilometre,kilometres,kilometer,kilometers"),
    ("length", "inch", 'in,inch,inches,",″,”'),
    ("length", "foot", "ft,foot,feet,′"),
    ("length", "yard", "yd,yds,yard,yards"),
    ("length", "mile", "mi,mile,miles"),
    ("length", "nautical_mile", "nmi,nautical mile,nautical miles"),
    ("area", "centimeter ** 2", "cm²,cm2,sq cm,square centimetres,square centimeters"),
    ("area", "meter ** 2", "m²,m2,sq m,sqm,square metres,square meters"),
    ("area", "foot ** 2", "sq ft,sq. ft.,sqft,ft²,square feet,square foot"),
    ("area", "inch ** 2", "sq in,in²,square inches,square inch"),
    ("time", "second", "s,sec,secs,second,seconds"),
    ("time", "minute", "min,mins,minute,minutes"),
    ("time", "hour", "h,hr,hrs,hour,hours"),
    ("time", "day", "day,days"),
    ("time", "week", "wk,wks,week,weeks"),
    ("time", "month", "mo,month,months"),
    ("time", "year", "yr,yrs,year,years"),
    ("speed", "kilometer_per_hour", "km/h,kmh,kph,km per hour,kilometres per hour"),
    ("speed", "mile_per_hour", "mph,miles per hour"),
    ("speed", "meter_per_second", "m/s"),
    # No knots: "a rope toy with 3 knots" counts knots far more often than copy gives a speed.
    ("power", "watt", "w,W,watt,watts"),
    ("power", "kilowatt", "kw,kW,kilowatt,kilowatts"),
    ("energy", "watt_hour", "wh,Wh,watt-hour,watt-hours,watt hours"),
    ("energy", "kilowatt_hour", "kwh,kWh,kilowatt-hour,kilowatt-hours,kilowatt hours"),
    ("energy", "kilocalorie", "kcal,kcals,kilocalorie,kilocalories,calories,cal"),
    ("energy", "kilojoule", "kj,kJ,kilojoule,kilojoules"),
    ("charge", "milliampere_hour", "mah,mAh"),
    ("charge", "ampere_hour", "ah,Ah"),
    ("current", "ampere", "A,amp,amps,ampere,amperes"),
    ("current", "milliampere", "mA"),
    ("voltage", "volt", "v,V,volt,volts"),
    ("frequency", "hertz", "hz,Hz"),
    ("frequency", "kilohertz", "khz,kHz"),
    ("frequency", "gigahertz", "ghz,GHz"),
    ("pressure", "bar", "bar"),
    ("pressure", "psi", "psi"),
    ("data", "megabyte", "mb,MB"),
    ("data", "gigabyte", "gb,GB"),
    ("data", "terabyte", "tb,TB"),
    ("data_rate", "megabit / second", "Mbps,mbps,Mbit/s,Mb/s"),
    ("data_rate", "gigabit / second", "Gbps,gbps,Gbit/s,Gb/s"),
    ("temperature", "degree_Celsius", "°c,° c,degrees c,degrees celsius,celsius,c"),
    ("temperature", "degree_Fahrenheit", "°f,° f,degrees f,degrees fahrenheit,fahrenheit,f"),
    ("percent", "percent", "%,percent,per cent"),
    ("torque", "newton * meter", "Nm,N m,N·m,N-m,newton metres,newton meters,newton-metres"),
    ("torque", "foot * force_pound", "ft-lb,ft-lbs,ft lb,ft lbs,lb-ft,lbf ft,foot-pounds"),
    ("torque", "inch * force_pound", "in-lb,in-lbs,inch-pounds"),
]
# Read only in exactly this case: "A" (amps) is also the article, "L" and "mL" stay as written
# where a lower-case reading already exists, "st" and "m" only after a number (the pattern's job).
CASE_SENSITIVE = {"A", "mA", "Ah", "Nm", "N m", "N·m", "N-m"}  # "nm" is a nanometre

# Listings keep the shop's own language ("Garantie: 2 Jahre"): the time units' names in the
# languages of European shops, from CLDR (babel). Names of three letters or fewer in plain ASCII
# ("an", "dag", "let") and those that are English words are left out: after a number in English
# copy they mean something else.
LOCALES = ("de", "fr", "nl", "es", "it", "pt", "sv", "da", "nb", "fi")
CLDR_UNITS = {"year": "year", "month": "month", "week": "week", "day": "day", "hour": "hour",
              "minute": "minute"}  # fmt: skip
ENGLISH = {"time", "timer", "minute", "week"}


def cldr_spellings(name: str) -> list[str]:
    """The long names of a duration unit in ``LOCALES``, singular and plural."""
    words = set()
    for code in LOCALES:
        patterns = Locale(code)._data["unit_patterns"][f"duration-{CLDR_UNITS[name]}"]["long"]
        for count in ("one", "other"):
            word = patterns.get(count, "").replace("{0}", "").replace("\xa0", " ").strip().lower()
            if " " in word or "/" in word or word in ENGLISH:
                continue
            if len(word) > 3 or not word.isascii():
                words.add(word)
    return sorted(words)


def main() -> None:
    registry = pint.UnitRegistry()
    units = []
    for kind, name, spellings in UNITS:
        base = KINDS[kind]
        zero = registry.Quantity(0, name).to(base).magnitude
        one = registry.Quantity(1, name).to(base).magnitude
        words = [s for s in spellings.split(",") if s]
        if name in CLDR_UNITS:
            words += cldr_spellings(name)
        if "*" not in name and "/" not in name:
            symbol = registry.get_symbol(name)
            if symbol.isascii() and len(symbol) > 1 and "_" not in symbol:
                words.append(symbol)
        words = list(dict.fromkeys(words))
        units.append(
            {
                "name": name,
                "kind": kind,
                "factor": round(one - zero, 9),
                "offset": round(zero, 9),
                "spellings": [w for w in words if w not in CASE_SENSITIVE],
                "case_sensitive": [w for w in words if w in CASE_SENSITIVE],
            }
        )
    table = {
        "source": f"pint {pint.__version__} default registry, time unit names from CLDR "
        f"(babel) (scripts/generate_unit_table.py)",
        "base_units": KINDS,
        "units": units,
    }
    OUT.write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(units)} units -> {OUT}")


if __name__ == "__main__":
    main()
