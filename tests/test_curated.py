"""The hand-curated records in seeds/curated/ pin the tricky cases of the five texts.

Everything is read from the real files, through the same loader the validator
uses, and typed through the generated pydantic models.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from nkru_data.check import cast_table
from nkru_data.models import MODELS
from nkru_data.schemas import RECORD_TABLES
from nkru_data.seeds import load_inputs
from nkru_data.validation import validate

from .conftest import REPO

AFP, DLF = "afp-2025-long-range-artillery", "dlf-2024-10-22"
ARMS, NIS = "web-2024-10-24-seoul-weighs-arms", "web-2024-10-nis-1500-soldiers"
MORE = "web-2025-03-additional-troops"


@pytest.fixture(scope="module")
def inputs():
    return load_inputs(REPO)


@pytest.fixture(scope="module")
def recs(inputs):
    """Every curated record as a typed model, keyed by table."""
    return {t: [MODELS[t].model_validate(r) for r in cast_table(t, inputs.tables[t]).to_pylist()]
            for t in RECORD_TABLES}


def _all(recs):
    return [(t, r) for t in RECORD_TABLES for r in recs[t]]


def _v(x):
    return getattr(x, "value", x)


def _where(recs, table, source, quote_part):
    """Records of one table and source whose quote contains ``quote_part``."""
    return [r for r in recs[table] if r.source_id == source and quote_part in r.quote]


def _span(inputs, source, phrase):
    text = inputs.texts[source]
    start = text.index(phrase)
    return start, start + len(phrase)


# --- the files as a whole ----------------------------------------------------------------------

def test_curated_seeds_validate_and_cover_every_source(inputs, recs):
    assert validate(REPO).problems == []
    assert inputs.problems == []
    sources = set(inputs.tables["sources"].column("source_id").to_pylist())
    assert {p.stem for p in (REPO / "seeds" / "curated").glob("*.yaml")} == sources
    per_source = defaultdict(int)
    for _, r in _all(recs):
        per_source[r.source_id] += 1
    assert all(per_source[s] >= 10 for s in sources), per_source
    assert sum(per_source.values()) >= 60


def test_every_record_is_typed_and_quotes_its_text(inputs, recs):
    for table, r in _all(recs):
        assert isinstance(r, MODELS[table])
        assert inputs.texts[r.source_id][r.quote_start:r.quote_end] == r.quote
        assert _v(r.method) == "curated" and r.rule_id is None
        assert r.quote == r.quote.strip(), r.quote


def test_quantity_text_matches_the_normalised_number(recs):
    """'11.000' is 11000 and 'tausende' has no number: the written phrase and the field agree."""
    seen = 0
    for table in ("deployments", "deliveries", "casualties"):
        for r in recs[table]:
            digits = re.findall(r"\d[\d.]*", r.quantity_text or "")
            if r.quantity is None:
                assert not digits, (r.record_id, r.quantity_text)
                continue
            seen += 1
            assert digits and int(digits[0].replace(".", "")) == r.quantity, (r.record_id, r.quantity_text)
            if _v(r.quantity_qualifier) == "vague":
                pytest.fail(f"{r.record_id}: vague with a number")
    assert seen >= 15


# --- out of scope stays out ----------------------------------------------------------------------

@pytest.mark.parametrize("source, phrase", [
    (MORE, "Mindestens neun Menschen wurden verletzt"),
    (MORE, "Am Mittwochabend griff Russland erneut die ukrainische Stadt Charkiw mit Drohnen an"),
    (MORE, "haben sich innerhalb eines halben Jahres mehr als versechsfacht"),
    (MORE, "europäische Staats- und Regierungschefs in Paris treffen"),
    (MORE, "„Kein Land sollte so etwas durchmachen müssen“"),
    (ARMS, "Stand: 24.10.2024 12:42 Uhr"),
    (DLF, "Diese Nachricht wurde am 22.10.2024 im Programm Deutschlandfunk gesendet."),
])
def test_no_record_quotes_out_of_scope_text(inputs, recs, source, phrase):
    start, end = _span(inputs, source, phrase)
    overlapping = [r.record_id for _, r in _all(recs)
                   if r.source_id == source and r.quote_start < end and r.quote_end > start]
    assert overlapping == []


def test_out_of_scope_numbers_are_no_quantities(recs):
    for table in ("deployments", "deliveries", "casualties"):
        for r in recs[table]:
            # 9 injured in Kharkiv, sixfold drone attacks, 12:42, the publication dates
            assert r.quantity not in (6, 9, 12, 42, 22, 24, 2024, 2025), r.record_id
    assert not any("versechsfacht" in r.quote or "neun" in r.quote for _, r in _all(recs))


# --- calibres, increments and totals ------------------------------------------------------------

def test_calibres_are_caliber_mm_not_quantities(recs):
    howitzers = _where(recs, "deliveries", MORE, "Haubitzen")
    launchers = _where(recs, "deliveries", MORE, "Mehrfachraketenwerfer")
    assert [(h.caliber_mm, h.quantity, _v(h.quantity_qualifier), _v(h.item_category)) for h in howitzers] == \
        [(170, 220, "approx", "artillery")]
    assert [(x.caliber_mm, x.quantity, _v(x.item_category)) for x in launchers] == [(240, None, "rocket_launchers")]
    for r in recs["deliveries"]:
        assert r.quantity not in (170, 240), r.record_id


def test_weitere_is_additional_and_gesamtzahl_is_total(recs):
    (more,) = _where(recs, "deployments", MORE, "weitere Soldaten")
    assert (more.quantity, _v(more.quantity_qualifier), _v(more.quantity_scope)) == (3000, "at_least", "additional")
    assert str(more.event_date) == "2025" and more.claimant_id == "kor-military"
    (total,) = _where(recs, "deployments", MORE, "Gesamtzahl")
    assert (total.quantity, _v(total.quantity_qualifier), _v(total.quantity_scope)) == (11000, "approx", "total")
    assert total.event_key == "prk-troops-total-11000-2025"
    (afp_total,) = _where(recs, "deployments", AFP, "11.000")
    assert afp_total.event_key == total.event_key and _v(afp_total.quantity_scope) == "total"
    assert (afp_total.claimant_id, afp_total.via_id) == ("kor-mnd", "fra-afp")


def test_running_total_and_expected_total_of_the_intelligence_service(recs):
    (now,) = _where(recs, "deployments", ARMS, "bereits 3.000")
    assert (now.quantity, _v(now.quantity_scope), _v(now.modality), now.claimant_id) == (3000, "total", "asserted", "kor-nis")
    (later,) = _where(recs, "deployments", ARMS, "Bis Dezember")
    assert (later.quantity, _v(later.modality), str(later.event_date_end)) == (10000, "expected", "2024-12")
    (up_to,) = _where(recs, "deployments", NIS, "bis zu 12.000")
    assert (up_to.quantity, _v(up_to.quantity_qualifier), _v(up_to.modality)) == (12000, "up_to", "expected")
    assert up_to.claimant_id == "xxx-unattributed"  # "dem Vernehmen nach" names nobody


def test_vague_numbers_have_no_quantity(recs):
    cases = [("deployments", ARMS, "Tausende"), ("deliveries", MORE, "tausende Container"),
             ("deliveries", MORE, "hunderte verletzte"), ("deliveries", AFP, "eine erhebliche Menge")]
    for table, source, phrase in cases:
        found = _where(recs, table, source, phrase)
        assert found, phrase
        assert all(r.quantity is None and _v(r.quantity_qualifier) == "vague" for r in found), phrase
    care = _where(recs, "deliveries", MORE, "hunderte verletzte")
    assert {(_v(r.item_category), _v(r.unit), r.supplier_country) for r in care} == {("medical_care", "patients", "PRK")}


# --- casualties ---------------------------------------------------------------------------------

def test_killed_and_wounded_are_separate_records(recs):
    killed = _where(recs, "casualties", MORE, "über 400")
    wounded = _where(recs, "casualties", MORE, "rund 3.600")
    claimants = {"kor-government", "ukr-government"}  # "sollen" carries "Laut südkoreanischen und ukrainischen Angaben"
    assert {r.claimant_id for r in killed} == claimants == {r.claimant_id for r in wounded}
    assert {(_v(r.casualty_type), r.quantity, _v(r.quantity_qualifier), _v(r.quantity_scope)) for r in killed} == \
        {("killed", 400, "more_than", "total")}
    assert {(_v(r.casualty_type), r.quantity, _v(r.quantity_qualifier)) for r in wounded} == {("wounded", 3600, "approx")}
    assert all("3.600" not in r.quote for r in killed) and all("400" not in r.quote for r in wounded)
    (both,) = _where(recs, "casualties", MORE, "getötet oder verwundet")
    assert (_v(both.casualty_type), both.quantity, _v(both.quantity_qualifier)) == ("killed_or_wounded", 4000, "approx")


# --- denials and non-confirmations --------------------------------------------------------------

@pytest.mark.parametrize("source, phrase, table, deniers", [
    (DLF, "Moskau und Pjöngjang bestreiten das", "deliveries", {"rus-government", "prk-government"}),
    (NIS, "bestreiten aber mögliche Waffenlieferungen", "deliveries", {"rus-government", "prk-government"}),
    (NIS, "dementiert auch die Berichte über Truppenentsendungen", "deployments", {"prk-government"}),
    (ARMS, "Russland weist das zurück", "deliveries", {"rus-government"}),
])
def test_denials_are_denied_claims_and_denial_acts(recs, source, phrase, table, deniers):
    denied = _where(recs, table, source, phrase)
    assert denied and {_v(r.modality) for r in denied} == {"denied"}
    assert {r.claimant_id for r in denied} == deniers
    if table == "deliveries":
        assert {(r.supplier_country, r.recipient_country) for r in denied} == {("PRK", "RUS")}
    # the claim denied carries the same event_key, asserted by someone else somewhere in the data
    for r in denied:
        assert r.event_key
        asserted = [x for x in recs[table] if x.event_key == r.event_key and _v(x.modality) == "asserted"]
        assert asserted and all(x.claimant_id not in deniers for x in asserted)


def test_every_denial_has_a_denial_act(inputs, recs):
    """The convention of the record files: each denial of a claim is also a diplomatic denial by the same country
    (North Korea's denial of troop deployments is voiced by its representative at the UN)."""
    country = dict(zip(inputs.tables["actors"].column("actor_id").to_pylist(),
                       inputs.tables["actors"].column("country").to_pylist()))
    acts = {(a.source_id, country[a.actor_id]) for a in recs["diplomatic_acts"]
            if _v(a.act_type) == "denial" and _v(a.modality) == "asserted"}
    denied = [(t, r) for t in ("deployments", "deliveries", "casualties") for r in recs[t] if _v(r.modality) == "denied"]
    assert len(denied) >= 6
    for table, r in denied:
        assert (r.source_id, country[r.claimant_id]) in acts, (table, r.record_id)


@pytest.mark.parametrize("source, phrase, actors, claimant", [
    (AFP, "weder bestätigt noch dementiert", {"rus-government"}, "fra-afp"),
    (DLF, "haben die Informationen des südkoreanischen Geheimdienstes nicht bestätigt", {"int-nato", "usa-government"}, "deu-dlf"),
    (DLF, "keine direkte Antwort", {"rus-kremlin"}, "deu-dlf"),
    (NIS, "Weder die NATO noch die USA bestätigten die Berichte", {"int-nato", "usa-government"}, "xxx-unattributed"),
])
def test_non_confirmations(recs, source, phrase, actors, claimant):
    acts = _where(recs, "diplomatic_acts", source, phrase)
    assert {a.actor_id for a in acts} == actors
    assert {(_v(a.act_type), _v(a.modality), a.claimant_id) for a in acts} == {("non_confirmation", "asserted", claimant)}
    # not confirming is neither asserting nor denying the claim: no claim record sits on this quote
    assert not any(phrase in r.quote for t in ("deployments", "deliveries", "casualties") for r in recs[t]
                   if r.source_id == source)


# --- claimants, intermediaries, dates ----------------------------------------------------------

def test_reported_speech_keeps_the_previous_attribution(recs):
    for phrase in ("tausende Container", "Russland setze inzwischen", "hunderte verletzte", "Kohle", "Nahrungsmittel", "Medikamente"):
        found = _where(recs, "deliveries", MORE, phrase)
        assert {r.claimant_id for r in found} == {"kor-government", "ukr-government"}, phrase
    food = _where(recs, "deliveries", MORE, "Nahrungsmittel")
    assert {(r.supplier_country, r.recipient_country, _v(r.item_category)) for r in food} == {("RUS", "PRK", "food")}
    (possible,) = _where(recs, "deployments", AFP, "Es sei möglich")
    assert (possible.claimant_id, _v(possible.modality), _v(possible.quantity_scope)) == ("kor-mnd", "possible", "additional")


def test_intermediaries(recs):
    afp_others = [r for _, r in _all(recs) if r.source_id == AFP and r.claimant_id != "fra-afp"]
    assert afp_others and all(r.via_id == "fra-afp" for r in afp_others)
    bbc = [r for _, r in _all(recs) if r.source_id == DLF and r.via_id == "gbr-bbc"]
    assert {r.claimant_id for r in bbc} == {"kor-knsi", "ukr-defence-express"}


def test_dates_no_more_precise_than_the_source(inputs, recs):
    """Sources dated to a year or month cannot resolve "am Dienstag" or "am Montag" to a day."""
    published = dict(zip(inputs.tables["sources"].column("source_id").to_pylist(),
                         inputs.tables["sources"].column("published").to_pylist()))
    for _, r in _all(recs):
        if len(published[r.source_id]) < 10:
            for d in (r.reported_date, r.event_date, r.event_date_end):
                assert d is None or len(str(d)) < 10, (r.record_id, str(d))
    (nis,) = _where(recs, "deployments", DLF, "1.500 Spezialeinheiten")
    assert str(nis.reported_date) == "2024-10"  # "vergangene Woche" before 22 October 2024
    kursk = _where(recs, "deployments", MORE, "seit November")
    assert {(str(r.event_date), str(r.event_date_end), _v(r.status)) for r in kursk} == {("2024-11", "2025-01", "combat")}
    afp_kursk = _where(recs, "deployments", AFP, "seit dem vergangenen Oktober")
    assert {str(r.event_date) for r in afp_kursk} == {"2024-10"}
    assert {r.claimant_id for r in afp_kursk} == {"kor-government", "ukr-government", "usa-government"}
    signings = [a for a in recs["diplomatic_acts"] if _v(a.act_type) == "treaty_signing"]
    assert {(a.source_id, str(a.event_date)) for a in signings} == {
        (AFP, "2024"), (DLF, "2024-06"), (ARMS, "2024-06"), (MORE, "2024")}


def test_events_in_several_texts_share_an_event_key(recs):
    sources = defaultdict(set)
    tables = defaultdict(set)
    for table, r in _all(recs):
        if r.event_key:
            sources[r.event_key].add(r.source_id)
            tables[r.event_key].add(table)
    expected = {
        "nis-1500-special-forces-2024-10": {DLF, NIS},
        "prk-troops-total-11000-2025": {AFP, MORE},
        "prk-troops-kursk-2024-2025": {AFP, MORE},
        "rus-prk-treaty-signing-2024-06": {AFP, DLF, ARMS, MORE},
        "kor-summons-russian-ambassador-2024-10": {DLF, NIS},
        "nato-usa-non-confirmation-nis-report-2024-10": {DLF, NIS},
        "prk-missiles-used-by-russia": {DLF, MORE},
        "prk-troop-deployment-plan-2024": {DLF, ARMS, NIS},
        "kor-considers-arms-for-ukraine-2024-10": {ARMS, NIS},
        "prk-short-range-missiles-to-russia": {NIS, MORE},
    }
    for key, want in expected.items():
        assert sources[key] == want, key
    # one event is one kind of thing: an event_key never spans tables
    assert all(len(t) == 1 for t in tables.values()), {k: t for k, t in tables.items() if len(t) > 1}


def test_technology_flows_from_russia_to_north_korea(recs):
    tech = [r for r in recs["deliveries"] if _v(r.item_category) in ("military_technology", "nuclear_technology", "space_technology")]
    assert {(r.supplier_country, r.recipient_country) for r in tech} == {("RUS", "PRK")}
    assert {_v(r.item_category) for r in tech} == {"military_technology", "nuclear_technology", "space_technology"}
    assert {r.source_id for r in tech} == {AFP, DLF, MORE}
