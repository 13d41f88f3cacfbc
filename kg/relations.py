"""Relations as data: what each relation is, read once from its declaration file.

kg's own relations are declared in ``kg/data/relations.toml``; a user adds more
with a file of the same format (``kg build --relations FILE``), whose terms live
in the user's namespace. Every other part of kg derives what it needs from a
:class:`Registry` (the relation list, IRIs, symmetry, signatures, colours,
extraction frames), so a relation is declared in one place.

>>> reg = default_registry()
>>> reg.names[:2], reg["meets"].symmetric
(('hosts', 'meets'), True)
>>> str(reg["hosts"].predicate)
'https://w3id.org/kg-news/ns#hosts'
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from kg.errors import KGError

KG_NS = "https://w3id.org/kg-news/ns#"
ENTITY_TYPES = ("Person", "Organization", "Country", "Place", "Facility", "Event")
FRAME_KINDS = ("verb", "support", "noun")
SLOTS_HELP = "dobj, addressee, between, poss, compound, by, or a preposition"
_FALLBACK_COLORS = ("#e15759", "#76b7b2", "#edc948", "#ff9da7", "#9c755f", "#bab0ac")


class RelationError(KGError):
    """A relation declaration file is malformed."""


@dataclass(frozen=True, slots=True)
class Frame:
    """One way English expresses a relation (see the header of relations.toml)."""

    kind: str  # verb | support | noun
    lemmas: tuple[str, ...] = ()  # verb or noun lemmas (support: the nouns)
    verbs: tuple[str, ...] = ()  # support verbs ("hold" talks, "pay" a visit)
    subject: tuple[str, ...] = ()  # noun frames: slots naming the doer
    object: tuple[str, ...] = ()
    subject_types: tuple[str, ...] = ()
    object_types: tuple[str, ...] = ()
    hook: str | None = None
    confidence: float = 0.8
    require_object: bool = True
    passive: bool = True
    negates: bool = False  # the frame says it did not happen: "pulled out of the talks"
    reverse: bool = False  # the grammatical subject is the relation's object: "the meeting involved X"
    plans: bool = False  # the frame says it is still to happen: "X invited Y for talks"


@dataclass(frozen=True, slots=True)
class FalseFriend:
    words: tuple[str, ...]
    when: str
    reason: str
    objects: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Relation:
    name: str
    namespace: str
    label: str
    comment: str
    fact_class_name: str
    symmetric: bool
    subject_types: tuple[str, ...]
    object_types: tuple[str, ...]
    color: str
    frames: tuple[Frame, ...] = ()
    not_: tuple[FalseFriend, ...] = ()

    @property
    def predicate(self):
        from rdflib import URIRef

        return URIRef(self.namespace + self.name)

    @property
    def fact_class(self):
        from rdflib import URIRef

        return URIRef(self.namespace + self.fact_class_name)

    def false_objects(self, word: str) -> frozenset[str]:
        """Object lemmas that make ``word`` a false friend of this relation."""
        return frozenset(o for ff in self.not_ if word in ff.words for o in ff.objects)


@dataclass(frozen=True)
class Registry:
    relations: tuple[Relation, ...]
    sources: tuple[str, ...] = field(default=())

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(r.name for r in self.relations)

    def __getitem__(self, name: str) -> Relation:
        for r in self.relations:
            if r.name == name:
                return r
        raise KeyError(f"no relation named {name!r} (known: {', '.join(self.names)})")

    def __contains__(self, name: object) -> bool:
        return any(r.name == name for r in self.relations)

    def __iter__(self):
        return iter(self.relations)

    def symmetric(self, name: str) -> bool:
        return name in self and self[name].symmetric

    def by_property(self, iri: str) -> Relation | None:
        return next((r for r in self.relations if str(r.predicate) == str(iri)), None)

    def extended(self, path: str | Path) -> Registry:
        """This registry plus the relations declared in a user's file."""
        added = parse(Path(path).read_text(encoding="utf-8"), source=str(path), default_namespace=None)
        clash = [r.name for r in added if r.name in self]
        if clash:
            raise RelationError(f"{path}: relation {clash[0]!r} is already declared (known: {', '.join(self.names)})")
        return Registry(self.relations + added, self.sources + (str(path),))


def _strs(value, where: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RelationError(f"{where}: {key} must be a list of strings")
    return tuple(value)


def _types(value, where: str, key: str) -> tuple[str, ...]:
    types = _strs(value, where, key)
    bad = [t for t in types if t not in ENTITY_TYPES]
    if bad:
        raise RelationError(f"{where}: unknown entity type {bad[0]!r} in {key} (known: {', '.join(ENTITY_TYPES)})")
    return types


def _frame(d: dict, where: str) -> Frame:
    kind = d.get("kind")
    if kind not in FRAME_KINDS:
        raise RelationError(f"{where}: frame kind {kind!r} (known: {', '.join(FRAME_KINDS)})")
    lemmas = _strs(d.get("lemmas") or d.get("nouns"), where, "lemmas")
    if not lemmas:
        raise RelationError(f"{where}: a {kind} frame needs lemmas (or nouns)")
    verbs = _strs(d.get("verbs") or d.get("support"), where, "verbs")
    if kind == "support" and not verbs:
        raise RelationError(f"{where}: a support frame needs verbs")
    conf = d.get("confidence", 0.8)
    if not isinstance(conf, (int, float)) or not 0 < conf <= 1:
        raise RelationError(f"{where}: confidence must be a number in (0, 1]")
    unknown = sorted(set(d) - {"kind", "lemmas", "nouns", "verbs", "support", "subject", "object", "subject_types",
                               "object_types", "hook", "confidence", "require_object", "passive", "negates", "reverse", "plans"})
    if unknown:
        raise RelationError(f"{where}: unknown key {unknown[0]!r}")
    hook = d.get("hook")
    if hook is not None and not isinstance(hook, str):
        raise RelationError(f"{where}: hook must be a name")
    return Frame(
        kind=kind, lemmas=tuple(x.lower() for x in lemmas), verbs=tuple(x.lower() for x in verbs),
        # a noun frame names its doer by "X's" or "by X" unless it says otherwise (subject = [] for none)
        subject=_strs(d["subject"], where, "subject") if "subject" in d else (("poss", "by") if kind == "noun" else ()),
        object=_strs(d.get("object"), where, "object"),
        subject_types=_types(d.get("subject_types"), where, "subject_types"),
        object_types=_types(d.get("object_types"), where, "object_types"),
        hook=hook, confidence=float(conf),
        require_object=bool(d.get("require_object", True)), passive=bool(d.get("passive", True)),
        negates=bool(d.get("negates", False)), reverse=bool(d.get("reverse", False)),
        plans=bool(d.get("plans", False)),
    )


def parse(text: str, *, source: str = "<relations>", default_namespace: str | None = KG_NS) -> tuple[Relation, ...]:
    """Relations declared in a TOML text.

    Raises:
        RelationError: naming the file and the relation when a declaration is malformed.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RelationError(f"{source}: not valid TOML ({exc})") from None
    namespace = data.pop("namespace", default_namespace)
    if not isinstance(namespace, str) or not namespace.startswith(("http://", "https://", "urn:")) \
            or not namespace.endswith(("#", "/")) or any(c in namespace for c in ' <>"{}|^`\\'):
        raise RelationError(f"{source}: needs a top-level namespace = \"https://example.org/terms#\" (an IRI ending in # or /)")
    out = []
    for n, (name, d) in enumerate(data.items()):
        where = f"{source}: [{name}]"
        if not isinstance(d, dict):
            raise RelationError(f"{where}: must be a table")
        if not name.isidentifier() or not name[:1].islower():
            raise RelationError(f"{where}: a relation name is a lower-case identifier")
        frames = d.get("frames", [])
        if not isinstance(frames, list) or not frames:
            raise RelationError(f"{where}: needs at least one [[{name}.frames]]")
        fact_class = d.get("fact_class") or name[:1].upper() + name[1:]
        if not str(fact_class).isidentifier():
            raise RelationError(f"{where}: fact_class must be an identifier")
        nots = tuple(
            FalseFriend(_strs(x.get("words"), where, "not.words"), str(x.get("when", "")), str(x.get("reason", "")),
                        tuple(o.lower() for o in _strs(x.get("objects"), where, "not.objects")))
            for x in d.get("not", [])
        )
        missing = [ff.when for ff in nots if not ff.reason]
        if missing:
            raise RelationError(f"{where}: every false friend needs a reason")
        out.append(Relation(
            name=name, namespace=namespace, label=str(d.get("label", name)), comment=str(d.get("comment", "")),
            fact_class_name=str(fact_class), symmetric=bool(d.get("symmetric", False)),
            subject_types=_types(d.get("subject"), where, "subject") or ("Person", "Organization", "Country"),
            object_types=_types(d.get("object"), where, "object") or ENTITY_TYPES,
            color=str(d.get("color", _FALLBACK_COLORS[n % len(_FALLBACK_COLORS)])),
            frames=tuple(_frame(f, f"{where} frame {i + 1}") for i, f in enumerate(frames)),
            not_=nots,
        ))
    return tuple(out)


@cache
def default_registry() -> Registry:
    """kg's own relations, from the declaration file shipped in the package."""
    text = resources.files("kg").joinpath("data", "relations.toml").read_text(encoding="utf-8")
    return Registry(parse(text, source="kg/data/relations.toml"), ("kg/data/relations.toml",))


@cache
def registry_for(path: str | None) -> Registry:
    """The default registry, extended with a user's file when one is given."""
    return default_registry() if not path else default_registry().extended(path)
