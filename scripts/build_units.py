"""Build src/provenance/data/units.tsv: how news writes physical units, with factors from pint's unit registry.

Conversion factors are not typed by hand: each written form names a pint unit, and pint (hgrecco/pint, its default
registry `default_en.txt`) gives the dimension and the factor to the dimension's base unit. The written forms are
the unit names, plurals and symbols of pint's registry and of AP style ("mph", "km/h", "°F"), nothing chosen for a
story. pint is needed only to rebuild this file (about 0.4 s to import and load its registry, measured, so it is
not imported at run time); the engine reads the table.

    pip install pint && python scripts/build_units.py
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "provenance" / "data" / "units.tsv"

# written form (folded, tokens separated by spaces) -> pint unit. One-letter symbols other than "g" are left out:
# in running text "m", "s", "t" and "h" are more often million, a plural, or a letter than a unit.
FORMS: dict[str, str] = {}


def _add(pint_name: str, *forms: str) -> None:
    for form in forms:
        FORMS[form] = pint_name


_add("milligram", "mg", "milligram", "milligrams")
_add("gram", "g", "gram", "grams", "gramme", "grammes")
_add("kilogram", "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes")
_add("metric_ton", "tonne", "tonnes", "metric ton", "metric tons")
_add("short_ton", "ton", "tons")  # AP style: a ton is 2,000 pounds; the metric one is a "metric ton" or "tonne"
_add("pound", "lb", "lbs", "pound", "pounds")
_add("ounce", "oz", "ounce", "ounces")
_add("millimeter", "mm", "millimetre", "millimetres", "millimeter", "millimeters")
_add("centimeter", "cm", "centimetre", "centimetres", "centimeter", "centimeters")
_add("meter", "metre", "metres", "meter", "meters")
_add("kilometer", "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers")
_add("inch", "inch", "inches")
_add("foot", "ft", "foot", "feet")
_add("yard", "yd", "yard", "yards")
_add("mile", "mile", "miles")
_add("nautical_mile", "nautical mile", "nautical miles")
_add("second", "sec", "secs", "second", "seconds")
_add("minute", "min", "mins", "minute", "minutes")
_add("hour", "hr", "hrs", "hour", "hours")
_add("day", "day", "days")
_add("week", "week", "weeks")
_add("fortnight", "fortnight", "fortnights")
_add("month", "month", "months")
_add("year", "year", "years", "yr", "yrs")
_add("10 * year", "decade", "decades")  # pint's "decade" is logarithmic
_add("century", "century", "centuries")
_add("mile / hour", "mph", "miles per hour", "mile per hour", "miles an hour", "miles a hour")
_add("kilometer / hour", "km / h", "kph", "kmh", "km/h", "kilometres per hour", "kilometers per hour",
     "kilometres an hour", "kilometers an hour")
_add("knot", "knot", "knots")
_add("degree_Celsius", "° c", "°c", "degrees celsius", "degree celsius", "celsius")
_add("degree_Fahrenheit", "° f", "°f", "degrees fahrenheit", "degree fahrenheit", "fahrenheit")
_add("acre", "acre", "acres")
_add("hectare", "hectare", "hectares")
_add("kilometer ** 2", "km2", "sq km", "square kilometres", "square kilometers", "square kilometre",
     "square kilometer")
_add("mile ** 2", "sq mi", "square miles", "square mile")
_add("meter ** 2", "m2", "square metres", "square meters", "square metre", "square meter")
_add("foot ** 2", "sq ft", "square feet", "square foot")
_add("watt", "watt", "watts")
_add("kilowatt", "kw", "kilowatt", "kilowatts")
_add("megawatt", "mw", "megawatt", "megawatts")
_add("gigawatt", "gw", "gigawatt", "gigawatts")
_add("kilowatt_hour", "kwh", "kilowatt-hour", "kilowatt-hours", "kilowatt hour", "kilowatt hours")
_add("megawatt_hour", "mwh", "megawatt-hour", "megawatt-hours", "megawatt hour", "megawatt hours")
_add("gigawatt_hour", "gwh", "gigawatt-hour", "gigawatt-hours", "gigawatt hour", "gigawatt hours")
_add("liter", "litre", "litres", "liter", "liters")
_add("meter ** 3", "m3", "m³", "cubic metres", "cubic meters", "cubic metre", "cubic meter")
_add("kilometer ** 3", "km3", "km³", "cubic kilometres", "cubic kilometers", "cubic kilometre", "cubic kilometer")
_add("foot ** 3", "cu ft", "cubic feet", "cubic foot")
_add("gallon", "gallon", "gallons", "gal")
_add("oil_barrel", "barrel", "barrels", "bbl")  # news's barrel is of oil: 42 US gallons
_add("oil_barrel / day", "bpd")  # wire style for oil output ("cut 400,000 bpd"): barrels per day
_add("hectopascal", "hpa", "hectopascal", "hectopascals", "millibar", "millibars", "mbar", "mb")  # a storm's
# pressure ("mb": the US National Hurricane Center's style; no data size is a unit here)

# dimension -> the base unit the engine compares in
DIMENSIONS = {
    "mass": "gram", "length": "meter", "duration": "day",
    "speed": "kilometer / hour", "temperature": "degree_Celsius", "area": "meter ** 2", "volume": "liter",
    "power": "watt", "energy": "kilowatt_hour", "pressure": "hectopascal",
    "volume/day": "liter / day",  # the dimension "barrels per day" reads as (a volume, then "per day")
}


def main() -> None:
    import pint

    ureg = pint.UnitRegistry()
    lines = ["# Written unit forms -> pint unit, dimension, factor and offset to the dimension's base unit:",
             "# base = value * factor + offset. Built by scripts/build_units.py from pint's default registry.",
             "# form\tunit\tdimension\tfactor\toffset"]
    for form, name in sorted(FORMS.items()):
        unit = ureg.parse_expression(name)
        dim_name, base = next((d, b) for d, b in DIMENSIONS.items()
                              if ureg.parse_expression(b).dimensionality == unit.dimensionality)
        if unit.magnitude != 1:  # "10 * year": a multiple of a unit, no offset
            zero, one = 0.0, unit.to(base).magnitude
        else:
            zero = ureg.Quantity(0.0, unit.units).to(base).magnitude
            one = ureg.Quantity(1.0, unit.units).to(base).magnitude
        lines.append(f"{form}\t{name}\t{dim_name}\t{one - zero!r}\t{zero!r}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
