"""Rule-based extraction: numbers, dates, sentences, rules data, records, merge, CLI, robustness."""

from __future__ import annotations

import csv
import json
import re
import unicodedata

import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nkru_data.check import check_table
from nkru_data.extract import extract, merge_records
from nkru_data.extract.core import UNREGISTERED_SOURCE, extract_rows
from nkru_data.extract.scoring import Claim, evaluate, match_claims
from nkru_data.extract.lexicon import load_lexicon
from nkru_data.extract.numbers import parse_number
from nkru_data.extract.sentences import split_sentences, wrapped_breaks
from nkru_data.models import MODELS
from nkru_data.schemas import schema

from .conftest import REPO

LEX = load_lexicon()


def _numbers(text: str):
    return [p for p in (parse_number(m, LEX) for m in LEX.number_re.finditer(text)) if p is not None]


def _claims(text: str, published: str = "2024-11-05"):
    return [(r.__table__, r) for r in extract(text, published=published)]


def _numeric(text: str, published: str = "2024-11-05"):
    """The numeric claim records of ``text`` (no diplomatic acts)."""
    return [r for t, r in _claims(text, published) if t != "diplomatic_acts"]


# --- numbers -------------------------------------------------------------------------------------

@pytest.mark.parametrize("phrase, quantity, quantity_max, qualifier", [
    ("11.000", 11000, None, "exact"),
    ("1500", 1500, None, "exact"),
    ("2,3 Millionen", 2300000, None, "exact"),
    ("4 bis 6 Millionen", 4000000, 6000000, "range"),
    ("zwischen 10.000 und 12.000", 10000, 12000, "range"),
    ("Zwischen 150 und 300", 150, 300, "range"),  # opening a sentence
    ("11. 000", 11000, None, "exact"),  # thousands split by machine translation
    ("neun", 9, None, "exact"),
    ("drei Millionen", 3000000, None, "exact"),
    ("mehr als hundert", 100, None, "more_than"),
    ("eine Million", 1000000, None, "exact"),
    ("knapp 50", 50, None, "approx"),
    ("fast 16.000", 16000, None, "approx"),
    ("etwa 11.000", 11000, None, "approx"),
    ("ca. 300", 300, None, "approx"),
    ("mindestens 3.000", 3000, None, "at_least"),
    ("über 400", 400, None, "more_than"),
    ("bis zu 12.000", 12000, None, "up_to"),
    ("höchstens 20", 20, None, "at_most"),
    ("7000 oder 8000", 7000, 8000, "range"),
    ("Tausende", None, None, "vague"),
    ("hunderte", None, None, "vague"),
    ("mehreren Hundert", None, None, "vague"),  # dative, the number word capitalised: no 100
    ("einigen Tausend", None, None, "vague"),
    ("10.000-12.000", 10000, 12000, "range"),  # the hyphen right after the first number
    ("vierzehntausend", 14000, None, "exact"),
    ("achtzehn", 18, None, "exact"),
    ("an die 100.000", 100000, None, "approx"),
    ("um die 14'000", 14000, None, "approx"),
    ("elf- bis zwölftausend", 11000, 12000, "range"),  # the first word leaves its end to the second
    ("fünf- bis sechshundert", 500, 600, "range"),
])
def test_number_phrases_are_normalised(phrase, quantity, quantity_max, qualifier):
    (p,) = _numbers(f"Es waren {phrase} Soldaten.")
    assert (p.quantity, p.quantity_max, p.qualifier) == (quantity, quantity_max, qualifier)
    assert p.text == phrase


@pytest.mark.parametrize("text", ["KN-23", "am 22.10.2024", "um 12:42 Uhr", "240-Millimeter-Raketenwerfer", "2,5"])
def test_model_names_dates_times_and_compounds_are_not_counts(text):
    assert all(p.quantity is None or p.is_year for p in _numbers(text)) or not _numbers(text)


# --- sentences -------------------------------------------------------------------------------------

def test_sentences_respect_abbreviations_ordinals_and_glued_text():
    text = "Am 22. Oktober kamen ca. 300 Soldaten an, z.B. in Kursk. Danach 11.000. Rund 4.000 fielen.Pjöngjang schwieg."
    got = [text[s.start:s.end] for s in split_sentences(text)]
    assert got == ["Am 22. Oktober kamen ca. 300 Soldaten an, z.B. in Kursk.", "Danach 11.000.", "Rund 4.000 fielen.",
                   "Pjöngjang schwieg."]
    text = "Es kamen 11. 000 Soldaten. 000 ist keine Zahl."  # "11. 000": thousands split by machine translation
    assert [text[s.start:s.end] for s in split_sentences(text)] == ["Es kamen 11. 000 Soldaten.", "000 ist keine Zahl."]


def test_line_breaks_end_sentences_and_paragraphs():
    text = "Titel ohne Punkt\nErster Satz. Zweiter Satz.\n\nDritter"
    sents = split_sentences(text)
    assert [text[s.start:s.end] for s in sents] == ["Titel ohne Punkt", "Erster Satz.", "Zweiter Satz.", "Dritter"]
    assert sents[0].paragraph < sents[1].paragraph == sents[2].paragraph < sents[3].paragraph


# --- what a number counts --------------------------------------------------------------------------

def test_traps_yield_no_numeric_claims():
    text = ("Nordkorea liefert Haubitzen mit 170 Millimetern Kaliber und Raketen mit 50 Kilometern Reichweite. "
            "Die Ausbildung der nordkoreanischen Soldaten dauert 20 Monate, mindestens 120 Tage. "
            "Der Anteil nordkoreanischer Munition liegt bei 50 Prozent. Artikel 4 des Vertrags von 2024 gilt. "
            "Pjöngjang testete eine KN-23. Russland griff Kiew in der Nacht mit 150 Drohnen an, 12 Menschen wurden verletzt. "
            "Bei dem Angriff auf Charkiw starben drei Zivilisten. 1.254 Aufrufe")
    numeric = [(t, r.quantity) for t, r in _claims(text) if t != "diplomatic_acts"]
    assert numeric == []


def test_what_is_allowed_is_no_delivery():
    text = "Russland hat damit begonnen, Öl direkt nach Nordkorea zu liefern. Im Jahr darf Nordkorea 500.000 Barrel Öl importieren."
    assert [r.quantity for t, r in _claims(text) if t == "deliveries"] == []
    text = "Russland hat Nordkorea nach Angaben Seouls eine Million Barrel Öl geliefert."
    assert [r.quantity for t, r in _claims(text) if t == "deliveries"] == [1_000_000]


def test_units_set_table_and_fields():
    text = ("Nach Angaben des südkoreanischen Geheimdienstes hat Nordkorea 1.500 Spezialkräfte, 500 Offiziere und "
            "1.000 Militäringenieure nach Russland geschickt. Nordkorea lieferte zudem 2,3 Millionen Granaten "
            "des Kalibers 152 Millimeter und 50 Mehrfachraketenwerfer nach Russland.")
    got = {r.quantity: r for t, r in _claims(text)}
    assert got[1500].personnel_type == "special_forces" and got[500].personnel_type == "officers"
    assert got[1000].personnel_type == "engineers"
    assert got[2300000].item_category == "artillery_ammunition" and got[2300000].caliber_mm == 152
    assert got[50].item_category == "rocket_launchers"
    assert all(r.claimant_id == "kor-nis" for q, r in got.items() if q in (1500, 500, 1000))


def test_casualties_split_by_type_and_keep_party():
    text = "Laut Selenskyj sollen über 400 nordkoreanische Soldaten gefallen und rund 3.600 verletzt worden sein."
    got = sorted((r.casualty_type.value, r.quantity, r.quantity_qualifier.value, r.party_country) for t, r in _claims(text))
    assert got == [("killed", 400, "more_than", "PRK"), ("wounded", 3600, "approx", "PRK")]


def test_delivery_direction_reverses_for_goods_to_north_korea():
    text = "Russland hat nach Angaben aus Seoul 40 Flugabwehrraketen an Nordkorea geliefert."
    ((table, rec),) = _claims(text)
    assert table == "deliveries" and (rec.supplier_country, rec.recipient_country) == ("RUS", "PRK")


def test_scope_and_modality_cues():
    text = ("Nordkorea hat 3.000 weitere Soldaten geschickt. Insgesamt sind es 11.000 Soldaten. "
            "Pjöngjang will bis Dezember 5.000 Soldaten entsenden. Nordkorea könnte 20.000 Soldaten schicken. "
            "Pjöngjang bestreitet, 8.000 Soldaten entsandt zu haben.")
    got = {r.quantity: r for t, r in _claims(text) if t == "deployments"}
    assert got[3000].quantity_scope == "additional" and got[11000].quantity_scope == "total"
    assert got[5000].modality == "expected" and got[5000].status == "planned"
    assert got[20000].modality == "possible"
    assert got[8000].modality == "denied"


def test_reported_speech_carries_the_attribution_and_wire_is_via():
    text = ("Die Zahl steige, sagte ein Sprecher des südkoreanischen Verteidigungsministeriums der Nachrichtenagentur AFP. "
            "Nordkorea habe bereits 12.000 Soldaten nach Russland geschickt.")
    ((table, rec),) = _claims(text)
    assert (rec.claimant_id, rec.via_id) == ("kor-mnd", "fra-afp")


def test_unattributed_when_nobody_is_named():
    ((table, rec),) = _claims("Nordkorea hat dem Vernehmen nach 2.000 Soldaten nach Russland geschickt.")
    assert rec.claimant_id == "xxx-unattributed"


def test_a_source_inside_its_cue_is_no_place():
    # "nach" before "ukrainischen Angaben" belongs to the cue, not to a place ("nach Russland")
    ((table, rec),) = _claims("Ukrainische Truppen hatten nach ukrainischen Angaben zwei nordkoreanische Soldaten "
                              "in der Region Kursk gefangen genommen.")
    assert (table, rec.casualty_type, rec.claimant_id) == ("casualties", "captured", "ukr-government")


def test_a_report_named_later_is_the_report_of_the_source_named_before():
    text = ("Laut dem Sanktionsüberwachungsteam (MSMT) hat Nordkorea mindestens ein Luftabwehrsystem erhalten. "
            "Das Gremium veröffentlichte am Donnerstag seinen ersten Bericht.\n\n"
            "Dem Bericht zufolge wurden im vergangenen Jahr 8.000 nordkoreanische Arbeiter nach Russland entsandt.")
    got = {rec.quantity: rec for _, rec in _claims(text, "2025-05")}
    assert got[1].claimant_id == "int-msmt"
    assert got[8000].claimant_id == "int-msmt"
    # without the earlier source, the report is nobody's
    (( _, alone),) = _claims(text.split("\n\n")[1], "2025-05")
    assert alone.claimant_id == "xxx-unattributed"


def test_an_agency_citing_a_body_relays_it():
    ((_, rec),) = _claims("Wie die BBC unter Berufung auf südkoreanische Geheimdienstkreise berichtet, soll Nordkorea "
                          "mehr als 50.000 Arbeitskräfte nach Russland entsenden.", "2025-08")
    assert (rec.claimant_id, rec.via_id) == ("kor-nis", "gbr-bbc")


def test_a_short_role_word_matches_whole_words_only():
    # "der Geheimdienst" stands for the last actor named with "Geheimdienst" or "NIS", not for anyone whose
    # name merely contains the letters n-i-s ("ukrainische")
    text = ("Der ukrainische Präsident Wolodymyr Selenskyj zeigte ein Video. "
            "Laut dem Geheimdienst sind bereits 300 nordkoreanische Soldaten gefallen.")
    ((_, rec),) = _claims(text, "2025-01")
    assert rec.claimant_id != "ukr-president"


def test_people_among_the_dead_are_casualties_and_the_mixed_whole_is_no_claim():
    got = _claims("Nach Angaben Kiews seien unter den 20 getöteten Soldaten sechs Offiziere aus Nordkorea gewesen.")
    assert [(t, r.quantity, r.casualty_type) for t, r in got] == [("casualties", 6, "killed")]
    got = _claims("Unter den 300 getöteten Nordkoreanern seien drei Offiziere.")
    assert sorted((r.quantity, r.casualty_type) for _, r in got) == [(3, "killed"), (300, "killed")]


def test_killed_or_wounded_after_a_bare_number_and_parts_of_the_first_contingent():
    got = _claims("Nordkorea hat 11.000 Soldaten nach Russland geschickt. Davon sollen etwa 4.000 getötet oder "
                  "verwundet worden sein.")
    assert [(t, r.quantity, getattr(r, "casualty_type", None)) for t, r in got] == [("deployments", 11000, None),
                                                                  ("casualties", 4000, "killed_or_wounded")]
    got = _claims("Etwa 4.000 von den ersten 11.000 nordkoreanischen Soldaten wurden getötet oder verwundet.")
    assert sorted((t, r.quantity) for t, r in got) == [("casualties", 4000), ("deployments", 11000)]


def test_the_north_koreans_among_mixed_dead_and_deserters():
    got = _claims("Bei einem Raketenangriff in Donezk wurden etwa 20 Soldaten auf russischer Seite getötet, "
                  "darunter sechs Nordkoreaner.")
    assert [(r.quantity, r.casualty_type) for _, r in got] == [(6, "killed")]
    ((_, rec),) = _claims("18 nordkoreanische Soldaten hätten ihre Einheit in der Region Kursk verlassen.")
    assert (rec.quantity, rec.casualty_type) == (18, "missing")


def test_revealing_verbs_named_speakers_beside_hearsay_and_studies_of_a_named_body():
    ((_, rec),) = _claims("Der ukrainische Militärgeheimdienst hat enthüllt, dass Nordkorea Russland sechs Millionen "
                          "Schuss Munition geliefert hat.", "2025-05")
    assert rec.claimant_id == "ukr-government"
    got = _claims("Das ukrainische Militär sagte Berichten zufolge, dass etwa 12.000 nordkoreanische Soldaten "
                  "nach Russland entsandt wurden.", "2024-10")
    assert [r.claimant_id for _, r in got] == ["ukr-government"]
    ((_, rec),) = _claims("Laut einer neuen Studie des britischen Open Source Centre hat Nordkorea nicht weniger als "
                          "15.809 Container mit Munition verschickt.", "2025-04")
    assert (rec.claimant_id, rec.quantity_qualifier) == ("gbr-osc", "at_least")


def test_unit_numbers_dates_and_armies_at_home_are_no_claims():
    assert not [r for t, r in _claims("Sie wurden von Soldaten der Spezialeinheit Nr. 84 festgenommen, "
                                      "darunter Nordkoreaner.") if t != "diplomatic_acts"]
    got = _claims("12. Januar 2025 Der Geheimdienst sagt, 12 nordkoreanische Soldaten seien gestorben.")
    assert [(r.quantity, r.quote.startswith("12 nordkoreanische")) for t, r in got if t != "diplomatic_acts"] \
        == [(12, True)]
    assert not _claims("Nordkorea unterhält zudem Spezialeinheiten mit 200 000 Soldaten.")


def test_a_purpose_or_relative_clause_does_not_make_troops_casualties():
    for text in ("Nordkorea hat rund 3.000 zusätzliche Soldaten geschickt, um die Verluste nach den heftigen "
                 "Kämpfen in der Region Kursk auszugleichen.",
                 "Rund 10.000 nordkoreanische Soldaten sind im Einsatz, was zu Bedenken hinsichtlich ihrer Verluste führt."):
        ((table, rec),) = _claims(text)
        assert table == "deployments", text


def test_one_claim_in_headline_and_body_is_one_record():
    text = "Nordkorea schickt 3.000 Soldaten\nNach Angaben Seouls hat Nordkorea 3.000 Soldaten nach Russland geschickt."
    recs = [r for t, r in _claims(text)]
    assert len(recs) == 1 and recs[0].claimant_id == "kor-government"


def _one(text: str, table: str):
    found = [r for t, r in _claims(text) if t == table]
    assert len(found) == 1, found
    return found[0]


def test_possessive_cue_takes_the_source_named_before():
    text = ("Diese Informationen wurden auch vom südkoreanischen Geheimdienst bestätigt. Nach deren Schätzungen hat "
            "Nordkorea 12.000 seiner Soldaten entsandt.")
    assert _one(text, "deployments").claimant_id == "kor-nis"


def test_country_after_the_clause_verb_is_no_source():
    # Nordkorea is the subject of what was found out, not the one who found it out.
    rec = _one("Nach neuesten Erkenntnissen hat Nordkorea 10.000 Soldaten nach Russland entsandt.", "deployments")
    assert rec.claimant_id == "xxx-unattributed"
    assert _one("Nach Erkenntnissen Südkoreas hat Nordkorea 10.000 Soldaten nach Russland entsandt.",
                "deployments").claimant_id == "kor-government"


def test_quotation_takes_the_speaker_named_after_it():
    text = ("„Nach neuesten Erkenntnissen hat Nordkorea 10.000 Soldaten entsandt, die im Osten Russlands ausgebildet "
            "werden. Einige dieser Einheiten wurden bereits verlegt“, sagte US-Verteidigungsminister Lloyd Austin.")
    assert _one(text, "deployments").claimant_id == "usa-dod"
    # Outside the quotation the speaker does not reach back.
    unquoted = ("Nordkorea hat 10.000 Soldaten entsandt. „Einige dieser Einheiten wurden bereits verlegt“, sagte "
                "US-Verteidigungsminister Lloyd Austin.")
    assert _one(unquoted, "deployments").claimant_id == "xxx-unattributed"


def test_country_in_the_genitive_after_a_noun_is_no_speaker():
    text = ("Nordkorea lieferte 100 Hwasong-11-Raketen an Russland. Diese Unterstützung bedeutet eine strategische "
            "Allianz Nordkoreas mit Russland und wirft Bedenken auf.")
    assert _one(text, "deliveries").claimant_id == "xxx-unattributed"


@pytest.mark.parametrize("text, quantity, qualifier, kind", [
    ("Der Geheimdienst habe berichtet, dass die Zahl der Gefallenen und Verwundeten bei den nordkoreanischen Truppen "
     "mittlerweile 3.000 übertroffen habe.", 3000, "more_than", "killed_or_wounded"),
    ("Nach Angaben des Geheimdienstes beläuft sich die Zahl der Opfer unter den Nordkoreanern auf „über 3.000“.",
     3000, "more_than", "killed_or_wounded"),
    ("Die Zahl der getöteten Nordkoreaner liegt demnach bei 600.", 600, "exact", "killed"),
])
def test_casualty_totals_without_a_noun_after_the_number(text, quantity, qualifier, kind):
    rec = _one(text, "casualties")
    assert (rec.quantity, rec.quantity_qualifier, rec.casualty_type) == (quantity, qualifier, kind)


@pytest.mark.parametrize("text, table, quantity, quantity_max", [
    ("Nach Schätzungen der Geheimdienste beträgt die Zahl der nordkoreanischen Soldaten in Russland zwischen 11.000 "
     "und 12.000.", "deployments", 11000, 12000),
    ("Die Zahl der nordkoreanischen Soldaten in Russland wird auf 12.000 geschätzt, sagte der Geheimdienst NIS.",
     "deployments", 12000, None),
    ("Die Gesamtzahl der aus Nordkorea gelieferten Granaten wird auf drei Millionen geschätzt.", "deliveries", 3000000, None),
])
def test_a_count_named_before_its_number(text, table, quantity, quantity_max):
    rec = _one(text, table)
    assert (rec.quantity, rec.quantity_max) == (quantity, quantity_max)
    assert "Zahl der" in rec.quote or "Gesamtzahl der" in rec.quote


def test_a_count_of_something_else_before_a_number_is_no_claim():
    # (nor are visitors a visit)
    assert not _claims("Die Zahl der Besucher in Pjöngjang stieg im Sommer auf 12.000.")
    # Russia's own soldiers are no deployment from North Korea.
    text = "Die Zahl der russischen Soldaten in der Ukraine wird auf 600.000 geschätzt, so Nordkorea."
    assert not _numeric(text)


@pytest.mark.parametrize("text, claimants", [
    ("Südkoreanischen, ukrainischen und westlichen Quellen zufolge schickte Nordkorea im vergangenen Jahr rund "
     "14.000 Soldaten nach Kursk.", {"kor-government", "ukr-government", "xxx-western-officials"}),
    ("Ukrainischen, südkoreanischen und westlichen Regierungsangaben zufolge entsandte Nordkorea mehr als 10.000 "
     "Soldaten nach Russland.", {"kor-government", "ukr-government", "xxx-western-officials"}),
])
def test_adjectives_of_a_list_share_the_noun_of_its_last_source(text, claimants):
    recs = [r for t, r in _claims(text) if t == "deployments"]
    assert {r.claimant_id for r in recs} == claimants
    assert len({(r.quantity, r.quote) for r in recs}) == 1  # one claim, one record per party


def test_a_list_closed_by_an_actor_named_by_its_adjective_alone():
    # "ukrainischen" names Kiev by itself (before "Einschätzungen"); "Westlichen" shares that noun
    recs = [r for t, r in _claims("Westlichen und ukrainischen Einschätzungen zufolge hat Nordkorea bis zu 12.000 "
                                  "Soldaten gesandt.") if t == "deployments"]
    assert {r.claimant_id for r in recs} == {"xxx-western-officials", "ukr-government"}


def test_soldiers_called_men():
    assert _one("Bislang sollen 10.000 nordkoreanische Männer in Kursk Dienst tun.", "deployments").quantity == 10000


def test_a_listed_adjective_that_names_nobody_adds_no_source():
    recs = [r for t, r in _claims("Großen, teuren und westlichen Quellen zufolge schickte Nordkorea 14.000 Soldaten.")
            if t == "deployments"]
    assert [r.claimant_id for r in recs] == ["xxx-western-officials"]


def test_a_total_of_other_things_is_no_casualty_count():
    assert not [t for t, _ in _claims("Die Zahl der Opfer des Erdbebens in Japan stieg auf 300.") if t == "casualties"]


# --- dates -----------------------------------------------------------------------------------------

def test_relative_dates_resolve_against_published():
    text = ("Der südkoreanische Geheimdienst sagte am Dienstag, Nordkorea habe im vergangenen Oktober 1.500 Soldaten "
            "geschickt. Bis Dezember sollen es demnach 10.000 Soldaten sein.")
    got = {r.quantity: r for t, r in _claims(text, "2024-11-14")}  # a Thursday
    assert got[1500].reported_date == "2024-11-12" and got[1500].event_date == "2024-10"
    assert got[10000].event_date_end == "2024-12" and got[10000].modality == "expected"
    later = {r.quantity: r for t, r in _claims(text, "2025-03-27")}  # a Thursday in the next year
    assert later[1500].reported_date == "2025-03-25" and later[1500].event_date == "2024-10"
    assert later[10000].event_date_end == "2025-12"


def test_dates_keep_only_supported_precision():
    text = "Der südkoreanische Geheimdienst sagte am Dienstag, Nordkorea habe im vergangenen Oktober 1.500 Soldaten geschickt."
    ((t, rec),) = _claims(text, "2025")
    assert rec.reported_date == "2025" and rec.event_date is None


# --- records are valid -------------------------------------------------------------------------------

SEED_TEXTS = sorted((REPO / "seeds" / "texts").glob("*.txt"))


def _frictionless_findings(table: str, rec) -> list:
    row = rec.model_dump(mode="json")
    names = schema(table).field_names
    cols = {n: pa.array([None if row.get(n) is None else str(row[n])], type=pa.string()) for n in names}
    return check_table(table, pa.table(cols))


@pytest.mark.parametrize("path", SEED_TEXTS, ids=lambda p: p.stem)
def test_records_are_extracted_valid_and_stable(path):
    text = path.read_text(encoding="utf-8")
    recs = extract(text, published="2025", source_id=path.stem)
    assert recs, "the seed texts all hold claims"
    assert [r.record_id for r in recs] == [r.record_id for r in extract(text, published="2025", source_id=path.stem)]
    assert len({r.record_id for r in recs}) == len(recs)
    for r in recs:
        assert r.method == "extracted" and r.rule_id and r.source_id == path.stem
        assert text[r.quote_start:r.quote_end] == r.quote
        assert _frictionless_findings(r.__table__, r) == []


def test_placeholder_source_id_and_bad_published():
    (rec,) = extract("Nordkorea schickte 300 Soldaten nach Russland.", published="2024")
    assert rec.source_id == UNREGISTERED_SOURCE
    with pytest.raises(ValueError):
        extract("x", published="2024-13")


def test_extract_is_public_and_callable_from_the_package():
    import nkru_data.extract.core  # noqa: F401  (binds nkru_data.extract to the subpackage)

    assert len(nkru_data.extract("Nordkorea schickte 300 Soldaten nach Russland.", published="2024")) == 1
    assert nkru_data.merge_records is merge_records


german = st.text(alphabet=st.sampled_from(list("aeinrstuäöüßNRSK .,;:-–\n\"„“0123456789")) , max_size=300)
fragments = st.lists(st.sampled_from([
    "Nordkorea", " hat ", "etwa 11.000", " Soldaten", " nach Russland geschickt.", " Laut Seoul", " sollen",
    " rund 3.600 verletzt", " 152-mm-Granaten", " Tausende", " bis zu", " 2,3 Millionen", " Granaten", ", sagte Selenskyj.",
    " am Dienstag", " im vergangenen Oktober", " bis Dezember", " KN-23", " Artikel 4", "\n", " weitere", " von ihnen",
    " Der russische Botschafter wurde einbestellt.", " bestreitet", " zwischen 10 und 12", " Container", " e\u0301", " 99.999.999.999", " 5.000.000", " Raketen geliefert.",
]), max_size=40).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=400), german, fragments),
       st.sampled_from(["2024", "2024-10", "2024-10-22", "2025-03-01"]))
def test_any_text_never_raises_and_records_hold(text, published):
    recs = extract(text, published=published)
    nfc = unicodedata.normalize("NFC", text)
    for r in recs:
        assert nfc[r.quote_start:r.quote_end] == r.quote
        assert type(r) is MODELS[r.__table__]
        MODELS[r.__table__].model_validate(r.model_dump())


@settings(max_examples=25, deadline=None)
@given(fragments)
def test_extracted_rows_pass_the_schema_checks(text):
    for table, row in extract_rows(unicodedata.normalize("NFC", text), "2024-10-22"):
        names = schema(table).field_names
        cols = {n: pa.array([None if row.get(n) is None else str(getattr(row[n], "value", row[n]))], type=pa.string())
                for n in names}
        assert check_table(table, pa.table(cols)) == []


# --- rules are data ------------------------------------------------------------------------------

def test_every_actor_id_in_the_rules_exists_in_seeds_actors():
    with open(REPO / "seeds" / "actors.csv", encoding="utf-8", newline="") as fh:
        known = {row["actor_id"] for row in csv.DictReader(fh)}
    used = set(LEX.actor_ids) | {a.fallback for a in LEX.acts if a.fallback}
    used |= {a.counterpart for a in LEX.acts if a.counterpart not in ("none", "next")}
    used |= set(LEX.relays) | set(LEX.relays.values()) | {a for bodies in LEX.home_services.values() for a in bodies.values()}
    missing = used - known
    assert not missing, f"actor ids in nkru_data/extract/rules not in seeds/actors.csv: {sorted(missing)}"


def test_every_actor_of_seeds_actors_has_names_the_rules_find():
    # (an actor a curator adds to seeds/actors.csv is found in news text only once actors.yaml names it)
    with open(REPO / "seeds" / "actors.csv", encoding="utf-8", newline="") as fh:
        known = {row["actor_id"] for row in csv.DictReader(fh)}
    unnamed = known - set(LEX.actor_ids) - {"xxx-unattributed"}  # (nobody named: no name to find)
    assert not unnamed, f"actors in seeds/actors.csv without names in nkru_data/extract/rules/actors.yaml: {sorted(unnamed)}"


def test_unit_rules_name_real_tables_and_enum_values():
    for unit in LEX.units.values():
        assert unit.table in MODELS
        fields = {f.name: f for f in schema(unit.table).fields}
        for key, value in unit.values.items():
            assert key in fields, (unit.id, key)
            if fields[key].enum:
                assert value in fields[key].enum, (unit.id, key, value)


# --- merge ---------------------------------------------------------------------------------------

def _row(source, start, end, rid):
    return {"source_id": source, "quote_start": start, "quote_end": end, "record_id": rid}


def test_merge_keeps_curated_and_drops_overlapping_extracted():
    curated = {"deployments": [_row("a", 10, 50, "dep-1")]}
    extracted = {"deployments": [_row("a", 40, 60, "dep-2"), _row("a", 50, 70, "dep-4"), _row("b", 10, 50, "dep-3")],
                 "casualties": [_row("a", 10, 50, "cas-1")]}
    merged = merge_records(curated, extracted)
    assert [r["record_id"] for r in merged["deployments"]] == ["dep-1", "dep-4", "dep-3"]
    assert [r["record_id"] for r in merged["casualties"]] == ["cas-1"]
    assert merge_records(curated, extracted) == merged
    assert extracted["deployments"][0]["record_id"] == "dep-2"  # inputs untouched


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("ab"), st.integers(0, 50), st.integers(1, 30)), max_size=8),
       st.lists(st.tuples(st.sampled_from("ab"), st.integers(0, 50), st.integers(1, 30)), max_size=8))
def test_merge_never_keeps_an_overlap_and_is_order_independent(cur, ext):
    curated = {"deployments": [_row(s, a, a + n, f"c{i}") for i, (s, a, n) in enumerate(cur)]}
    extracted = {"deployments": [_row(s, a, a + n, f"e{i}") for i, (s, a, n) in enumerate(ext)]}
    merged = merge_records(curated, extracted)["deployments"]
    kept = [r for r in merged if r["record_id"].startswith("e")]
    for e in kept:
        assert not any(c["source_id"] == e["source_id"] and c["quote_start"] < e["quote_end"] and e["quote_start"] < c["quote_end"]
                       for c in curated["deployments"])
    dropped = [e for e in extracted["deployments"] if e["record_id"] not in {k["record_id"] for k in kept}]
    for e in dropped:  # every dropped row overlaps a curated one
        assert any(c["source_id"] == e["source_id"] and c["quote_start"] < e["quote_end"] and e["quote_start"] < c["quote_end"]
                   for c in curated["deployments"])
    shuffled = {"deployments": list(reversed(extracted["deployments"]))}
    assert merge_records(curated, shuffled)["deployments"] == merged


# --- eval and CLI ----------------------------------------------------------------------------------

def test_evaluate_scores_the_seed_texts(repo_copy):
    report = evaluate(repo_copy)
    total = report.total
    assert total.expected > 0 and total.found > 0
    assert 0 <= total.precision <= 1 and 0 <= total.recall <= 1
    text = report.to_text()
    assert "precision" in text and "misses" in text and "extras" in text


def test_evaluate_leaves_out_texts_with_no_curated_records_yet(repo_copy, tmp_path):
    from nkru_data.contribute import add_source
    before = evaluate(repo_copy)
    new = tmp_path / "neu.txt"
    new.write_text("Laut Seoul hat Nordkorea rund 3.000 Soldaten nach Russland geschickt.", encoding="utf-8")
    add_source(new, published="2024-11-05", source_id="web-2024-11-05-neu", root=repo_copy)
    report = evaluate(repo_copy)
    # (its 3,000 would otherwise be an extra and lower the precision)
    assert report.not_curated == ["web-2024-11-05-neu"]
    assert (report.total.found, report.total.matched, len(report.extras)) == (
        before.total.found, before.total.matched, len(before.extras))
    assert "web-2024-11-05-neu" in report.to_text().split("not scored")[1]


def test_matching_pairs_the_same_claimant_first_and_counts_do_not_depend_on_order():
    def claim(claimant, start):
        return Claim("s1", "deployments", 10000, None, "approx", claimant, None, "", start)
    expected = [claim("usa-government", 0), claim("kor-government", 0)]
    found = [claim("kor-government", 40)]
    report = match_claims(expected, found)
    assert [(e.claimant_id, f.claimant_id) for e, f in report.matches] == [("kor-government", "kor-government")]
    assert [e.claimant_id for e in report.misses] == ["usa-government"]
    assert report.agreement["claimant_id"] == (1, 1)
    flipped = match_claims(expected[::-1], found)
    assert (flipped.total.matched, flipped.total.expected, flipped.total.found) == (1, 2, 1)


def test_cli_extract_jsonl_and_table(cli, tmp_path):
    (tmp_path / "one.txt").write_text("Laut Seoul hat Nordkorea 3.000 Soldaten nach Russland geschickt.", encoding="utf-8")
    (tmp_path / "two.txt").write_text("Nordkorea lieferte 200 Haubitzen nach Russland.", encoding="utf-8")
    res = cli("extract", str(tmp_path), "--published", "2024-10", "--jobs", "2")
    assert res.returncode == 0, res.stderr
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert sorted((r["table"], r["quantity"], r["source_id"]) for r in rows) == [
        ("deliveries", 200, "two"), ("deployments", 3000, "one")]
    assert all(r["method"] == "extracted" for r in rows)
    table = cli("extract", str(tmp_path / "one.txt"), "--published", "2024-10", "--format", "table")
    assert table.returncode == 0, table.stderr
    # one titled table per file; the short fields share cells so the quote stays readable at 80 columns
    assert "one.txt" in table.stdout and "two.txt" not in table.stdout
    assert "deployments: troops" in table.stdout and "3.000 (exact)" in table.stdout
    assert "Laut Seoul hat Nordkorea" in table.stdout


def test_cli_extract_bad_input_is_one_line(cli, tmp_path):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Nordkorea schickte Soldaten nach Rußland".encode("latin-1"))
    res = cli("extract", str(bad), "--published", "2024")
    assert res.returncode == 1 and "Traceback" not in res.stderr
    assert "latin1.txt" in res.stderr and "UTF-8" in res.stderr
    usage = cli("extract", str(bad), "--published", "2024-13")
    assert usage.returncode == 2 and "Traceback" not in usage.stderr
    missing = cli("extract", str(tmp_path / "nope.txt"), "--published", "2024")
    assert missing.returncode == 2 and "nope.txt" in missing.stderr  # a FILE that does not exist: wrong usage


def test_cli_eval_prints_scores(cli, repo_copy):
    res = cli("eval", "--root", str(repo_copy))
    assert res.returncode == 0, res.stderr
    assert "precision" in res.stdout and "claimant_id" in res.stdout


def test_cli_eval_scores_a_folder_of_test_articles(cli, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "x.txt").write_text(
        "Nordkorea hat nach Angaben des südkoreanischen Geheimdienstes rund 1.500 Soldaten nach Russland geschickt.",
        encoding="utf-8")
    (folder / "x.yaml").write_text(
        "published: 2024-10\nclaims:\n  - {table: deployments, quantity: 1500, qualifier: approx, claimant: kor-nis}\n"
        "  - {table: casualties, quantity: 7, casualty_type: killed, qualifier: exact, claimant: kor-nis}\n",
        encoding="utf-8")
    res = cli("eval", "--articles", str(folder))
    assert res.returncode == 0, res.stderr
    all_row = next(line for line in res.stdout.splitlines() if line.startswith("all"))
    assert all_row.split()[1:4] == ["2", "1", "1"]  # expected, found, matched
    assert "casualties killed 7" in res.stdout  # the miss is listed
    (folder / "x.yaml").write_text("published: [oops\n", encoding="utf-8")
    bad = cli("eval", "--articles", str(folder))
    assert bad.returncode == 1 and "x.yaml" in bad.stderr and "Traceback" not in bad.stderr


@pytest.mark.parametrize("text, table, claimant", [
    # a possessive cue after an attributed sentence: its speaker
    ("Das ukrainische Militär meldete am Morgen neue Gefechte in Kursk. Seinen Angaben zufolge wurden dabei 200 "
     "nordkoreanische Soldaten getötet.", "casualties", "ukr-government"),
    # "die Agentur": the intelligence service named before, also when named by its adjective
    ("Die Zahl liegt weit über der, die der südkoreanische Geheimdienst im Dezember genannt hatte. Die Agentur "
     "schätzte damals, dass 100 nordkoreanische Soldaten getötet wurden.", "casualties", "kor-nis"),
    # a participle at the end of the clause ("hatte ... geschätzt")
    ("Im Herbst hatte der Geheimdienst NIS die Lage noch anders bewertet. Im Januar hatte der Geheimdienst die Zahl "
     "der Toten und Verwundeten bei den nordkoreanischen Einheiten auf über 3.000 geschätzt.", "casualties", "kor-nis"),
    ("Der ukrainische Militärgeheimdienst verzeichnet inzwischen 3.000 verwundete nordkoreanische Soldaten.",
     "casualties", "ukr-government"),
    ("Selenskyj veröffentlichte am Sonntag ein Video, das zwei gefangen genommene nordkoreanische Soldaten zeigt.",
     "casualties", "ukr-president"),
    ("Das südkoreanische Militär erhöhte die Zahl der getöteten oder verwundeten Nordkoreaner auf 4.000.",
     "casualties", "kor-military"),
    ("Nach einer Recherche der Nachrichtenagentur Reuters hat Nordkorea 12.000 Container an Russland geliefert.",
     "deliveries", "gbr-reuters"),
    ("Ukrainischen Angaben nach wurden zwei nordkoreanische Soldaten gefangen genommen.", "casualties",
     "ukr-government"),
    ("Aus einer Analyse des britischen Verteidigungsministeriums geht hervor, dass Nordkorea 11.000 Soldaten nach "
     "Kursk geschickt hat.", "deployments", "gbr-mod"),
    ("Laut dem Sekretär des Sicherheitsrates der Russischen Föderation schickt Nordkorea 1000 Minenräumer nach Kursk.",
     "deployments", "rus-security-council"),
    ("Südkoreas Geheimdienst geht davon aus, dass 15.000 nordkoreanische Arbeiter nach Russland geschickt wurden.",
     "deployments", "kor-nis"),
    # a cue inside a verb frame ("geht ... davon aus") is found too, and names the nearer source
    ("Die US-Regierung geht laut Außenminister Antony Blinken davon aus, dass 10.000 nordkoreanische Soldaten in "
     "Russland sind.", "deployments", "usa-state-department"),
    ("Der ukrainische Botschafter teilt diese Einschätzung. Er rechnet vorerst mit der Entsendung von etwa 15.000 "
     "nordkoreanischen Soldaten.", "deployments", "ukr-government"),
    ("Wie der Sprecher des Weißen Hauses, John Kirby, mitteilte, sind 10.000 nordkoreanische Soldaten in Russland.",
     "deployments", "usa-government"),
    ("Das ukrainische Militär schätzt, dass 11.000 nordkoreanische Soldaten in Kursk sind. Von diesen wurden 3.000 getötet oder "
     "verletzt.", "casualties", "ukr-government"),
    # outlets and lawmakers that assert a number themselves
    ("Laut ukrainischen Medien sind 500 nordkoreanische Soldaten bei einem Angriff getötet worden.", "casualties",
     "ukr-media"),
    ("Die Kyiv Post meldete, dass sechs nordkoreanische Soldaten bei einem Raketenangriff getötet wurden.",
     "casualties", "ukr-kyiv-post"),
    ("Ein südkoreanischer Abgeordneter sagte, rund 1000 nordkoreanische Soldaten seien verwundet worden.",
     "casualties", "kor-lawmakers"),
    # a statement named by its author, without a preposition
    ("Bestätigt wird dies durch Berichte des Weißen Hauses über die Lieferung von über 1000 Containern mit Munition "
     "aus Nordkorea an Russland.", "deliveries", "usa-government"),
    ("Das sind 3.000 nordkoreanische Soldaten mehr als bisher, wie es aus dem Weißen Haus heißt.", "deployments",
     "usa-government"),
    # the source several words after its cue
    ("Laut den Daten im ersten Bericht der Multilateralen Sanktionsüberwachungsgruppe erhielt Russland bis zu neun "
     "Millionen Artilleriegranaten aus Nordkorea.", "deliveries", "int-msmt"),
])
def test_sources_named_by_less_common_cues(text, table, claimant):
    assert _one(text, table).claimant_id == claimant


def test_an_outlet_citing_a_source_is_the_intermediary():
    rec = _one("Der Kyiv Independent berichtete unter Berufung auf den ukrainischen Militärgeheimdienst, dass 12.000 "
               "nordkoreanische Soldaten in Russland sind.", "deployments")
    assert (rec.claimant_id, rec.via_id) == ("ukr-government", "ukr-kyiv-independent")


def test_a_lawmaker_relays_the_intelligence_service_the_text_names():
    text = ("Der Geheimdienst NIS unterrichtete am Mittwoch den Ausschuss. Danach sagte ein südkoreanischer "
            "Abgeordneter, rund 1000 nordkoreanische Soldaten seien verwundet worden.")
    rec = _one(text, "casualties")
    assert (rec.claimant_id, rec.via_id) == ("kor-nis", "kor-lawmakers")


def test_a_handful_of_people_is_no_deployment_but_generals_and_casualties_are():
    assert not _claims("Das Video zeigt zwei nordkoreanische Soldaten in einem Schützengraben bei Kursk.")
    assert not _claims("Die BBC sprach mit sechs nordkoreanischen Arbeitern in Wladiwostok.")
    general = _one("Nordkorea hat drei Generäle nach Russland geschickt.", "deployments")
    assert (general.quantity, general.personnel_type) == (3, "generals")
    captured = _one("Die Ukraine hat zwei nordkoreanische Soldaten gefangen genommen.", "casualties")
    assert (captured.quantity, captured.casualty_type) == (2, "captured")
    assert _one("Nordkorea hat 12 Soldaten nach Russland geschickt.", "deployments").quantity == 12


@pytest.mark.parametrize("text", [
    "Einer Militärquelle zufolge haben 18 nordkoreanische Soldaten ihre Stellungen in Regionen nahe der ukrainischen "
    "Grenze verlassen.",
    "Er sagte, dass sich 18 nordkoreanische Soldaten von ihrer Einheit entfernt hätten.",
])
def test_soldiers_who_left_their_unit_are_missing(text):
    rec = _one(text, "casualties")
    assert (rec.quantity, rec.casualty_type) == (18, "missing")


def test_the_full_state_name_and_skilled_workers():
    rec = _one("Bei Kursk sind mehr als 6.000 Soldaten der Demokratischen Volksrepublik Korea gefallen.", "casualties")
    assert (rec.quantity, rec.casualty_type) == (6000, "killed")
    rec = _one("In Kursk sind über tausend nordkoreanische Fachkräfte im Einsatz.", "deployments")
    assert (rec.quantity, rec.personnel_type) == (1000, "workers")


def test_casualty_words_of_another_group_in_the_clause_do_not_count():
    rec = _one("Im Krieg sind wohl 300 Soldaten aus Nordkorea gestorben und einige gefangen genommen worden.",
               "casualties")
    assert (rec.quantity, rec.casualty_type) == (300, "killed")


def test_a_definite_role_with_a_nation_adjective_takes_that_nations_body_only():
    text = ('Nach Angaben des südkoreanischen Verteidigungsministeriums liefert Nordkorea Waffen. "Nordkorea hat '
            'etwa 11.000 Soldaten geschickt", so das südkoreanische Ministerium.')
    assert _one(text, "deployments").claimant_id == "kor-mnd"
    other = ('Nach Angaben des südkoreanischen Verteidigungsministeriums liefert Nordkorea Waffen. "Nordkorea hat '
             'etwa 11.000 Soldaten geschickt", so das russische Ministerium.')
    assert _one(other, "deployments").claimant_id != "kor-mnd"


@pytest.mark.parametrize("text, quantity, kind", [
    # the verb of dying before its subject
    ("Laut Kiew starben bei groß angelegten Angriffen nordkoreanischer Truppen in der Region Kursk mehr als 200 "
     "Soldaten.", 200, "killed"),
    # a compound noun of losses before a bare number
    ("Die bisherige Verlustzahl der nordkoreanischen Streitkräfte wird auf etwa 4.700 geschätzt.", 4700,
     "killed_or_wounded"),
    ("Außerdem sind bereits 18 Soldaten aus Nordkorea geflüchtet.", 18, "missing"),
    # wounded, but what happened to them is the capture
    ("Im Januar, als ukrainische Einheiten zwei verletzte nordkoreanische Soldaten festnahmen, begann das Verhör.",
     2, "captured"),
])
def test_more_ways_of_stating_casualties(text, quantity, kind):
    rec = _one(text, "casualties")
    assert (rec.quantity, rec.casualty_type) == (quantity, kind)


def test_long_range_artillery_units_are_pieces_and_people_questioned_are_no_claim():
    rec = _one("Nordkorea hat 200 Langstreckenartillerieeinheiten an Russland geliefert.", "deliveries")
    assert (rec.quantity, rec.item_category) == (200, "artillery")
    assert not _claims("In Wladiwostok wurden 200 nordkoreanische Arbeiter befragt.")


@pytest.mark.parametrize("text, table, claimant", [
    # a sentence opening the next paragraph names the source of the paragraph before ...
    ("Bis Mitte Januar haben die nordkoreanischen Truppen in Kursk etwa 4000 Soldaten verloren.\n\n"
     "Dies berichtet die BBC.", "casualties", "gbr-bbc"),
    # ... only with a plain demonstrative: any other one opening the paragraph is about something else
    ("Bis Mitte Januar haben die nordkoreanischen Truppen in Kursk etwa 4000 Soldaten verloren.\n\n"
     "Diese Feier fand statt, wie die BBC berichtet.", "casualties", "xxx-unattributed"),
    # an outlet writing "about it" relays the source it names ...
    ("Moskau hat Pjöngjang 447 Ziegen geliefert.\n\nPolitico schreibt darüber unter Bezugnahme auf eine "
     "Mitteilung von Rosselkhoznadzor.", "deliveries", "rus-rosselkhoznadzor"),
    # ... but "darüber hinaus" adds something new
    ("Moskau hat Pjöngjang 447 Ziegen geliefert.\n\nPolitico berichtet darüber hinaus unter Berufung auf "
     "Rosselkhoznadzor von Schafen.", "deliveries", "xxx-unattributed"),
    # a quotation opening a paragraph belongs to the speaker of the sentence before ...
    ("Selenskyj sagte in einem auf Telegram veröffentlichten Video, Nordkorea lerne nun den modernen Krieg.\n"
     "„Die ersten tausend Soldaten aus Nordkorea stehen nahe der ukrainischen Grenze. Sie werden bald kämpfen.",
     "deployments", "ukr-president"),
    # ... not to a country (too weak to carry over)
    ("Die Ukraine sagte, Nordkorea lerne nun den modernen Krieg.\n"
     "„Die ersten tausend Soldaten aus Nordkorea stehen nahe der ukrainischen Grenze.", "deployments",
     "xxx-unattributed"),
])
def test_sources_named_in_the_paragraph_before(text, table, claimant):
    assert _one(text, table).claimant_id == claimant


@pytest.mark.parametrize("name, actor", [("Shin Wonsik", "kor-mnd"), ("Andriy Kovalenko", "ukr-government"),
                                         ("Sergei Shoigu", "rus-security-council"), ("Ein Militäranalytiker", "xxx-experts"),
                                         ("Der ukrainische Verteidigungsgeheimdienst", "ukr-government"),
                                         ("Die Nachrichtenagentur Kyodo", "jpn-kyodo"),
                                         ("Der Kiewer Militärgeheimdienst", "ukr-government"),
                                         ("Interfax-Ukraine", "ukr-interfax-ukraine")])  # not Russia's Interfax
def test_more_spellings_of_speakers(name, actor):
    text = f"{name} sagte, dass 3000 nordkoreanische Soldaten in Kursk seien."
    assert _one(text, "deployments").claimant_id == actor


@pytest.mark.parametrize("speaker, claimants", [
    ("Laut den Geheimdiensten der USA und Südkoreas", {"usa-government", "kor-nis"}),
    ("Nach Angaben der Geheimdienste aus Japan, Südkorea und den USA", {"jpn-government", "kor-nis", "usa-government"}),
    # no service named before the list: the countries themselves
    ("Nach Angaben der USA und Südkoreas", {"usa-government", "kor-government"}),
])
def test_a_service_of_several_countries_is_each_country_and_south_korea_its_service(speaker, claimants):
    got = _claims(f"{speaker} sind 3000 nordkoreanische Soldaten in Kursk.")
    assert {r.claimant_id for _, r in got} == claimants and all(r.quantity == 3000 for _, r in got)


@pytest.mark.parametrize("text, quantity, qualifier", [
    ("Nordkorea hat durch Waffengeschäfte mit Russland bis zu 5,5 Milliarden Dollar verdient.", 5_500_000_000, "up_to"),
    # an income per year counts (other things "pro Jahr" are rates)
    ("Die Soldaten könnten Nordkorea mehr als 200 Millionen Dollar pro Jahr einbringen.", 200_000_000, "more_than"),
])
def test_money_paid_to_north_korea_is_a_delivery_in_dollars(text, quantity, qualifier):
    rec = _one(text, "deliveries")
    assert (rec.quantity, rec.quantity_qualifier, rec.item_category, rec.unit) == (quantity, qualifier, "money", "usd")
    assert (rec.supplier_country, rec.recipient_country) == ("RUS", "PRK")


@pytest.mark.parametrize("text", [
    "Russland zahlt jedem nordkoreanischen Soldaten 2.000 Dollar pro Monat.",
    "Der Handel zwischen Nordkorea und Russland erreichte 48 Millionen Dollar.",
    "Nordkoreas Wirtschaftsleistung wird auf 23,7 Milliarden Dollar geschätzt, Russland zahlt dafür nichts.",
    "Nordkoreanische Hacker haben Kryptowährung im Wert von 300 Millionen Dollar erbeutet.",
    "Nordkorea hat 200 Millionen Euro verdient.",  # the schema's only currency is the dollar
])
def test_wages_trade_economy_and_stolen_money_are_no_delivery(text):
    assert not _claims(text)


@pytest.mark.parametrize("text", [
    "Pjöngjang habe im Jahr 2024 Millionen Geschosse an Russland geliefert.",  # a year, then "Millionen"
    "Einer von zehn nordkoreanischen Soldaten wurde verwundet.",  # a ratio
    "Das entspreche einem Rückgang von 18.533 nordkoreanischen Arbeitern.",  # a change
    "Der UN-Resolution 2397 zufolge sollten nordkoreanische Arbeiter heimkehren.",  # a resolution's number
    "Nach seinen Worten besteht ein Bataillon aus 500 bis 1500 nordkoreanischen Soldaten.",  # a unit in general
    "Nordkorea soll mindestens 100.000 Arbeitskräfte ins Ausland entsandt haben.",  # abroad, not Russia
])
def test_ratios_changes_resolutions_definitions_and_workers_abroad_are_no_claims(text):
    assert not _claims(text)


def test_a_count_in_russia_among_figures_abroad_stays():
    rec = _one("Nordkorea hat 30.000 Arbeiter nach Russland entsandt, weltweit sind es mehr.", "deployments")
    assert rec.quantity == 30000


def test_two_casualty_counts_joined_by_und_keep_their_own_types():
    text = "Tausend Verwundete und hundert Tote - das sind bisher die Verluste der nordkoreanischen Soldaten."
    got = {(r.quantity, r.casualty_type) for r in extract(text, published="2025-01")}
    assert got == {(1000, "wounded"), (100, "killed")}


@pytest.mark.parametrize("text, table, quantity", [
    ("Russland hat in diesem Jahr mindestens 700 neue Arbeitsgenehmigungen für Nordkoreaner ausgestellt.",
     "deployments", 700),
    ("Seit März wurden rund 1 Million Barrel Öl nach Nordkorea verschickt.", "deliveries", 1_000_000),
    ("Russland hat 447 Ziegen nach Nordkorea geschickt.", "deliveries", 447),
    ("So empfing Nordkoreas Machthaber nun 24 Orlow-Traber aus Russland.", "deliveries", 24),
    ("Im Güterzug aus Russland waren 30 Orlow-Traber für Nordkorea.", "deliveries", 30),  # a freight train carries
])
def test_work_permits_goods_sent_and_animals(text, table, quantity):
    rec = _one(text, table)
    assert rec.quantity == quantity
    if table == "deliveries":
        assert (rec.supplier_country, rec.recipient_country) == ("RUS", "PRK")


@pytest.mark.parametrize("text, claimant", [
    ("Laut der „New York Times“ hat Nordkorea 5000 Bauarbeiter nach Russland geschickt.", "usa-nyt"),
    # a name in quotation marks after the verb
    ("Im August berichtete „Politico“, dass Russland 447 Ziegen nach Nordkorea geschickt habe.", "usa-politico"),
    ("Wie der Geheimdienst von Südkorea ermittelt haben will, hat Nordkorea 1,6 Millionen Granaten an Russland "
     "geliefert.", "kor-nis"),
    ("Ukrainische Geheimdienste haben bereits 3.000 nordkoreanische Soldaten in Russland identifiziert.",
     "ukr-government"),
    # a compound naming the report taken up
    ("Der ukrainische Militärgeheimdienst veröffentlichte am Freitag neue Erkenntnisse. Der Geheimdienstbericht legt "
     "nahe, dass sich 12.000 nordkoreanische Soldaten in Russland befinden.", "ukr-government"),
    ("Früher berichteten Quellen der Times, dass Nordkorea jährlich etwa 3 Millionen Geschosse an Russland liefert.",
     "gbr-times"),
    # the outlet's name is longer than the city's it starts with
    ("Mindestens sechs Nordkoreaner sollen getötet worden sein, wie die „Kiew Post“ berichtete.", "ukr-kyiv-post"),
    ("Mehr als 70 Tiere hat Russland an Nordkorea geliefert, berichtete das Internetportal Fontanka.", "rus-fontanka"),
    ("Zwischen 150 und 300 Millionen Dollar hat Nordkorea für seine Waffen erhalten, sagte ein US-Außenamtssprecher.",
     "usa-state-department"),
    ("Rund 1500 nordkoreanische Spezialkräfte sind in Russland, erklärte die südkoreanische Spionageabwehr.", "kor-nis"),
    # an outlet's report taken up by "Dem Bericht zufolge" is that outlet's
    ("Die New York Times veröffentlichte am Montag einen Bericht über Zwangsarbeit. Dem Bericht zufolge arbeiten bis "
     "zu 50.000 Nordkoreaner in Russland.", "usa-nyt"),
])
def test_outlets_agencies_and_their_reports_as_sources(text, claimant):
    table = "casualties" if "getötet" in text else "deliveries" if any(
        w in text for w in ("Dollar", "Tiere", "Ziegen", "Granaten", "Geschosse")) else "deployments"
    assert _one(text, table).claimant_id == claimant


def test_an_outlet_relying_on_another_outlet_passes_it_on():
    rec = _one("Zwei nordkoreanische Soldaten wurden gefangen genommen. Das berichtet RBK Ukrajina unter Berufung auf die "
               "Deutsche Welle.", "casualties")
    assert (rec.claimant_id, rec.via_id) == ("deu-dw", "ukr-rbc")


@pytest.mark.parametrize("text, claimant", [
    # "nach eigenen Angaben": the subject speaks for itself
    ("Die Ukraine hat in der Region Kursk nach eigenen Angaben zwei nordkoreanische Soldaten gefangen genommen.",
     "ukr-government"),
    ("Die ukrainische Armee hat laut eigenen Angaben 30 nordkoreanische Soldaten getötet.", "ukr-government"),
    # a headline naming the country, then its service; "geht von ... aus" across a long object
    ("Südkorea: Geheimdienst geht von mindestens 3000 getöteten und verletzten Nordkoreanern in Kursk aus",
     "kor-nis"),
    # a dash opens a clause of its own: its subject is the speaker, not the one of the clause before
    ("Kim Jong Un hat im Herbst Truppen nach Kursk geschickt – der britische Militärgeheimdienst geht von "
     "11.000 Soldaten aus.", "gbr-mod"),
    ("Moskau/Pjöngjang – Der Westen wirft Nordkorea vor, mehr als 10.000 Soldaten an die Front nach Kursk "
     "gesendet zu haben.", "xxx-western-officials"),
    # an unnamed study speaks for unnamed experts; a study of a named body for that body
    ("Nordkorea hat Russland Waffen im Wert von bis zu 5,5 Milliarden Dollar geliefert, heißt es in einer "
     "aktuellen Studie.", "xxx-experts"),
    ("Laut einer Studie des CSIS hat Nordkorea 3000 Container nach Russland geliefert.", "usa-csis"),
    # a longer headline source before the colon
    ("Neuer Bericht des südkoreanischen Generalstabs: 1100 nordkoreanische Soldaten getötet oder verletzt",
     "kor-military"),
])
def test_speakers_of_their_own_findings_and_of_a_clause_after_a_dash(text, claimant):
    got = [rec for table, rec in _claims(text, "2025-01") if table != "diplomatic_acts"]
    assert [rec.claimant_id for rec in got] == [claimant]


@pytest.mark.parametrize("text, claimant, via", [
    ("Selenskyj sagte Reuters, 300 nordkoreanische Soldaten seien getötet worden.", "ukr-president", "gbr-reuters"),
    ("Quellen des Kiewer Militärgeheimdienstes sagten der Agentur Interfax-Ukraine, 300 nordkoreanische Soldaten "
     "seien getötet worden.", "ukr-government", "ukr-interfax-ukraine"),
    ("Der Geheimdienst NIS berichtete laut Yonhap, dass 300 nordkoreanische Soldaten getötet worden seien.",
     "kor-nis", "kor-yonhap"),
])
def test_an_agency_told_after_the_verb_is_the_intermediary(text, claimant, via):
    ((_, rec),) = _claims(text, "2025-03")
    assert (rec.claimant_id, rec.via_id) == (claimant, via)


@pytest.mark.parametrize("text, claimant", [
    # the outlet's country says whose service "den Geheimdienst" is ...
    ("Die Nachrichtenagentur Yonhap berichtete unter Berufung auf den Geheimdienst, dass 300 nordkoreanische "
     "Soldaten getötet worden seien.", "kor-nis"),
    ("Yonhap berichtete unter Berufung auf die Spionagebehörde des Landes, dass 300 nordkoreanische Soldaten "
     "getötet worden seien.", "kor-nis"),
    # ... not for an outlet of a country without a listed service, nor for a service of a named nation
    ("Reuters berichtete unter Berufung auf den Geheimdienst, dass 300 nordkoreanische Soldaten getötet worden "
     "seien.", "gbr-reuters"),
    ("Yonhap berichtete unter Berufung auf den ukrainischen Geheimdienst, dass 300 nordkoreanische Soldaten "
     "getötet worden seien.", "ukr-government"),
])
def test_a_service_named_by_its_role_alone_is_the_one_of_the_outlets_country(text, claimant):
    ((_, rec),) = _claims(text, "2025-03")
    assert rec.claimant_id == claimant


@pytest.mark.parametrize("text, claimant, count", [
    # a name before its role, in apposition, stands for the role's actor later on
    ("Das sagte Wi Sung-lac, ein Mitglied des Geheimdienstausschusses, am Montag. Wi Sung-lac sagte, 3.000 "
     "nordkoreanische Soldaten seien getötet worden.", "kor-nis", 1),
    # a lawmaker introduced by role and name; his name alone after the quote
    ("Laut dem südkoreanischen Parlamentarier Li Song Kwun starben 600 Nordkoreaner. Etwa 4.700 "
     "nordkoreanische Soldaten wurden getötet oder verwundet – erklärte Li Song Kwun.", "kor-lawmakers", 2),
    # "so der Gesetzgeber": the lawmaker named before
    ("Wi Sung-lac, ein Mitglied des Geheimdienstausschusses, sprach mit der Presse. Bisher hat Russland 50.000 "
     "Tonnen Reis an Nordkorea geliefert, so der Gesetzgeber.", "kor-nis", 1),
])
def test_lawmakers_named_by_name_role_or_apposition(text, claimant, count):
    got = [rec for table, rec in _claims(text, "2025-03") if table != "diplomatic_acts"]
    assert len(got) == count and all(rec.claimant_id == claimant for rec in got), got


def test_an_impersonal_estimate_after_a_sourced_one_keeps_the_source():
    text = ("Der Nationale Geheimdienst Südkoreas hat enthüllt, dass 1.500 nordkoreanische Spezialkräfte in Russland "
            "sind. Insgesamt wird erwartet, dass bis zu 12.000 nordkoreanische Soldaten geschickt werden.")
    assert [rec.claimant_id for _, rec in _claims(text, "2024-10")] == ["kor-nis", "kor-nis"]


def test_a_dash_after_a_full_stop_opens_a_new_sentence():
    text = "Verluste seien hoch, hieß es. - Russland hatte seine Truppen verstärkt. Es kamen 3000 Soldaten."
    assert [text[s.start:s.end] for s in split_sentences(text)] == [
        "Verluste seien hoch, hieß es.", "- Russland hatte seine Truppen verstärkt.", "Es kamen 3000 Soldaten."]


@pytest.mark.parametrize("text, quantity", [
    # "das südkoreanische Ministerium": the ministry named before with that country, though not with the adjective
    ("Das Verteidigungsministerium Südkoreas äußerte sich am Montag. Nordkorea hat etwa 11.000 Soldaten nach "
     "Russland geschickt, sagte das südkoreanische Ministerium auf einer Pressekonferenz.", 11000),
    # a demonstrative standing for what the source named before: its claim too
    ("Der südkoreanische Verteidigungsminister Shin Won-sik sagte, Seoul habe 10.000 Container aus Nordkorea "
     "entdeckt. Diese könnten bis zu 4,8 Millionen Artilleriegeschosse enthalten.", 4800000),
])
def test_the_ministry_and_a_demonstrative_take_up_the_source_named_before(text, quantity):
    recs = {rec.quantity: rec for _, rec in _claims(text, "2024-06")}
    assert recs[quantity].claimant_id == "kor-mnd"


def test_a_country_speaking_for_itself_is_not_narrowed_by_the_next_sentence():
    text = ("Die Ukraine hat in der Region Kursk nach eigenen Angaben zwei nordkoreanische Soldaten gefangen genommen. "
            "In einer Mitteilung schreibt Präsident Selenskyj, was er nun mit ihnen vorhat.")
    assert [rec.claimant_id for _, rec in _claims(text, "2025-01")] == ["ukr-government"]
    # (where the country is only the source's nationality, its institution named next does narrow it)
    text = ("Nach Erkenntnissen Südkoreas sind 3000 weitere nordkoreanische Soldaten in Russland eingetroffen. Das "
            "teilte der Generalstab in Seoul mit.")
    assert [rec.claimant_id for _, rec in _claims(text, "2025-01")] == ["kor-military"]


def test_estimates_of_several_nations_joined_by_und_name_each():
    text = "Nach ukrainischen und westlichen Schätzungen sollen rund 11.000 nordkoreanische Soldaten in Kursk sein."
    assert sorted(rec.claimant_id for _, rec in _claims(text, "2025-01")) == ["ukr-government", "xxx-western-officials"]


def test_the_diplomat_named_before_speaks_for_his_government():
    text = ("Der südkoreanische Botschafter bei den Vereinten Nationen, Hwang Joon-kook, forderte vor dem "
            "UN-Sicherheitsrat ein Ende der Zusammenarbeit. Der Diplomat zitierte die Einschätzung seiner Regierung, "
            "dass von den rund 12.000 nach Russland entsandten nordkoreanischen Soldaten mehr als 300 getötet "
            "worden seien.")
    got = {(table, rec.quantity): rec.claimant_id for table, rec in _claims(text, "2025-01")}
    assert got == {("deployments", 12000): "kor-government", ("casualties", 300): "kor-government"}


@pytest.mark.parametrize("text, claimant, via", [
    # an agency of the body's own country passes on what the body said ...
    ("Der südkoreanische Generalstab gab bekannt, dass Nordkorea seine Unterstützung ausbaut. Laut der "
     "Nachrichtenagentur Yonhap wurden 3.000 weitere nordkoreanische Soldaten entsandt.", "kor-military", "kor-yonhap"),
    # ... a foreign outlet's report is its own
    ("Der Kreml dementierte den Einsatz nordkoreanischer Soldaten. Die ukrainische Zeitung Kyiv Post hatte berichtet, "
     "dass sechs nordkoreanische Soldaten getötet worden seien.", "ukr-kyiv-post", None),
    ("Ukrainische Beamte behaupten, dass Russland nordkoreanische Raketen einsetzt. CNN berichtete am Samstag, dass "
     "Moskau etwa 60 nordkoreanische KN-23-Raketen auf die Ukraine abfeuerte.", "usa-cnn", None),
])
def test_an_outlet_relays_a_body_of_its_own_country_only(text, claimant, via):
    got = [rec for table, rec in _claims(text, "2025-01") if table != "diplomatic_acts"]
    assert [(rec.claimant_id, rec.via_id) for rec in got] == [(claimant, via)]


def test_russias_statistics_service_by_its_full_name():
    rec = _one("Laut Daten des Föderalen Dienstes für staatliche Statistik Russlands reisten 13.221 nordkoreanische "
               "Arbeiter nach Russland ein.", "deployments")
    assert rec.claimant_id == "rus-rosstat"


@pytest.mark.parametrize("text, claimant", [
    # a headline source before the colon, on a line of its own further down the text (a second headline, a feed)
    ("Die Lage an der Front bleibt unklar.\nAngaben aus Seoul: 1100 nordkoreanische Soldaten getötet oder verletzt",
     "kor-government"),
    # ... but not a country named as an object before the colon
    ("Die Lage an der Front bleibt unklar.\nDer Deal ist für Nordkorea lukrativ: mit 10.000 Soldaten in Russland "
     "verdient das Land viel Geld.", "xxx-unattributed"),
])
def test_a_headline_source_on_a_later_line(text, claimant):
    (rec,) = _numeric(text, "2025-01")
    assert rec.claimant_id == claimant


def test_dabei_continues_the_event_and_source_before():
    text = ("Das ukrainische Militär veröffentlichte ein Video des Angriffs bei Plechowo. Dabei wurden mindestens 33 "
            "nordkoreanische Soldaten getötet oder verwundet.")
    ((_, rec),) = _claims(text, "2025-01")
    assert (rec.quantity, rec.claimant_id) == (33, "ukr-government")


def test_the_sanctions_monitoring_panel_by_its_german_description():
    text = ("Russland lieferte Luftabwehrsysteme, wie aus dem Bericht der Expertengruppe zur Überwachung der "
            "Nordkorea-Sanktionen hervorgeht. Das Expertengremium veröffentlichte am Donnerstag seinen ersten Bericht. "
            "Dem Bericht zufolge wurden 8.000 nordkoreanische Arbeiter nach Russland entsandt.")
    ((_, rec),) = _claims(text, "2025-05")
    assert rec.claimant_id == "int-msmt"
    # unnamed experts stay experts
    ((_, rec),) = _claims("Experten schätzen, dass 8.000 nordkoreanische Arbeiter nach Russland entsandt wurden.")
    assert rec.claimant_id == "xxx-experts"


def test_a_list_introduced_by_its_source_keeps_scope_and_source():
    text = ("Die Erkenntnisse des MSMT zeigen, dass Nordkorea Russland erheblich unterstützt hat. "
            "Zu den wichtigsten Punkten gehören:\n"
            "- Bis zu 9 Millionen Artilleriegranaten im Jahr 2024.\n"
            "- Über 11.000 Soldaten, die im letzten Jahr nach Russland entsandt wurden.\n"
            "- Mindestens 100 ballistische Raketen, die an Russland geliefert wurden.")
    got = [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-06")]
    assert got == [(9000000, "int-msmt"), (11000, "int-msmt"), (100, "int-msmt")]
    # a list without a colon before it (teasers, link lists) opens a paragraph of its own
    sents = split_sentences("Nordkorea schickt Soldaten.\n- Teaser eins\n- Teaser zwei")
    assert [s.paragraph for s in sents] == [0, 1, 2]


def test_html_line_breaks_end_a_sentence_and_teilen_is_furniture_only_as_a_button():
    text = ("Laut dem südkoreanischen Geheimdienst sollen 1500 nordkoreanische Soldaten nach Russland verlegt worden "
            "sein.<br />Mehr zum Thema auf derstandard.at.")
    ((_, rec),) = _claims(text, "2024-10")
    assert (rec.quantity, rec.claimant_id) == (1500, "kor-nis")
    ((_, rec),) = _claims("Etwa 10.000 nordkoreanische Soldaten werden in östlichen Teilen Russlands ausgebildet.")
    assert rec.quantity == 10000
    # the share button and share counters stay page furniture
    assert _claims("Teilen | 5.000 nordkoreanische Soldaten in Kursk") == []
    assert _claims("5.000 nordkoreanische Soldaten in Kursk - 120 mal geteilt") == []


def test_victims_in_the_dative_and_an_ordinal_after_an_article():
    ((_, rec),) = _claims("Ukraine-Krieg: Selenskyj spricht von 3000 Opfern aus Nordkorea", "2024-12")
    assert (rec.quantity, rec.casualty_type.value, rec.claimant_id) == (3000, "killed_or_wounded", "ukr-president")
    text = "Soldaten des 73. Marinezentrums meldeten einen Angriff. Danach kam die 3. Armee."
    assert [text[s.start:s.end] for s in split_sentences(text)] == [
        "Soldaten des 73. Marinezentrums meldeten einen Angriff.", "Danach kam die 3. Armee."]


def test_north_korea_named_two_sentences_back_across_a_short_paragraph_still_scopes():
    text = ("Nordkorea hat nach Angaben des südkoreanischen Geheimdienstes NIS 1500 Soldaten nach Russland verlegt.\n\n"
            "Nach Einschätzung der Behörde ist das erst der Anfang. Insgesamt könnten bis zu 12.000 Mann entsandt werden.")
    got = [(r.quantity, r.claimant_id) for _, r in _claims(text, "2024-10")]
    assert (12000, "kor-nis") in got
    # three sentences away, a count of soldiers is about someone else
    text = ("Nordkorea schickt Truppen. Das ist neu.\n\nRussland kämpft in Kursk. Die Front ist lang. "
            "Dort stehen 50.000 Soldaten.")
    assert _claims(text, "2024-11") == []


def test_people_in_a_paragraph_about_a_strike_on_homes_are_its_victims():
    text = ("Die nordkoreanische Rakete traf ein Wohngebäude in Kiew, was den Tod von mindestens acht Personen zur "
            "Folge hatte. Rettungsdienste suchen nach zehn Personen unter den Trümmern. Die Zahl der Verletzten liegt "
            "bei 77 Personen.")
    assert _claims(text, "2025-04") == []


def test_a_span_of_years_is_no_range_of_counts():
    (p,) = _numbers("von 2022 bis 2024 Millionen Granaten")
    assert (p.quantity, p.quantity_max, p.is_year) == (2022, 2024, True)
    assert _claims("Nordkorea lieferte von 2022 bis 2024 Millionen Granaten an Russland.", "2025-01") == []


@pytest.mark.parametrize("text, quantity, kind", [
    ("Die Spezialkräfte haben 50 nordkoreanische Soldaten getötet und 47 weitere verwundet.", 47, "wounded"),
    ("Selenskyj hat die Zahl der getöteten und verwundeten Nordkoreaner mit mehr als 3.000 angegeben.", 3000,
     "killed_or_wounded"),
    ("Die Zahl der toten und verwundeten Nordkoreaner schätzt der Generalstab auf rund 1100.", 1100,
     "killed_or_wounded"),
])
def test_casualties_after_weitere_and_totals_named_by_adjectives(text, quantity, kind):
    got = {(r.quantity, r.casualty_type.value) for t, r in _claims(text, "2025-01") if t == "casualties"}
    assert (quantity, kind) in got
    assert all(t != "deployments" for t, _ in _claims(text, "2025-01"))


def test_self_propelled_guns_and_acronyms_written_as_words():
    text = ("Nordkorea hat Russland ca. 120 Selbstfahrlafetten vom Typ Koksan überlassen. Hinzu kämen 120 "
            "Mehrfachraketenwerfer, schrieb Rusi.")
    got = sorted((r.item_category.value, r.claimant_id) for _, r in _claims(text, "2025-01"))
    assert got == [("artillery", "xxx-unattributed"), ("rocket_launchers", "gbr-rusi")]


@pytest.mark.parametrize("text, claimant", [
    ("Nordkorea leidet. Der südkoreanische Geheimdienst geht mittlerweile von etwa 2.000 Gefallenen aus.", "kor-nis"),
    ("Nordkorea schickt Truppen. Der ukrainische Militärgeheimdienst hält weitere 25.000 Mann für möglich.",
     "ukr-government"),
    ("Nordkorea schickt Truppen, sagte Skibizkyj vom Militärgeheimdienst HUR. Seine Behörde beziffert die Ausfälle der "
     "Nordkoreaner auf annähernd 5 000 Tote und Verwundete.", "ukr-government"),
])
def test_estimates_held_possible_assumed_and_of_his_agency(text, claimant):
    (rec,) = _numeric(text, "2025-01")
    assert rec.claimant_id == claimant


def test_a_report_named_by_its_conclusion_its_pages_and_its_authors():
    text = ("Nordkorea hat Russland bis zu neun Millionen Granaten geliefert. Zu diesem Schluss kommt das Multilaterale "
            "Sanktionsüberwachungsteam (MSMT) in seinem ersten Bericht. Hinter dem Gremium stehen elf Staaten.\n\n"
            "Dem 29 Seiten starken Papier zufolge hat Pjöngjang außerdem wenigstens 100 ballistische Raketen an Moskau "
            "übergeben.\n\nAuch bei den Truppen bestätigen die Autoren frühere Schätzungen. Nordkorea habe rund 11.000 "
            "Soldaten nach Russland entsandt.")
    got = [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-05")]
    assert got == [(9000000, "int-msmt"), (100, "int-msmt"), (11000, "int-msmt")]


def test_a_body_named_after_a_countrys_findings_is_their_source():
    text = ("Im Krieg gegen die Ukraine sind nach südkoreanischen Erkenntnissen bislang rund 600 nordkoreanische Soldaten "
            "getötet worden. Die Gesamtzahl der Toten und Verwundeten liege bei etwa 4.700. Das berichteten Abgeordnete "
            "in Seoul nach einer Unterrichtung durch den Geheimdienst NIS.")
    got = [(r.quantity, r.claimant_id) for _, r in _claims(text, "2025-04")]
    assert got == [(600, "kor-nis"), (4700, "kor-nis")]
    # a body of another country after the findings does not take them
    text = ("Nach südkoreanischen Erkenntnissen sind rund 600 nordkoreanische Soldaten getötet worden. Das bestätigte "
            "das Pentagon.")
    assert [r.claimant_id for _, r in _claims(text, "2025-04")] == ["kor-government"]


def test_gewarnt_is_a_verb_of_saying():
    text = ("Der ukrainische Präsident Wolodymyr Selenskyj hatte am Vortag gewarnt, Nordkorea bereite 10.000 Soldaten "
            "auf einen Einsatz vor.")
    ((_, rec),) = _claims(text, "2024-10")
    assert rec.claimant_id == "ukr-president"


# --- session 13: cases found by the blind-written batches e and f ----------------------------------

def test_oil_that_flowed_and_the_researchers_of_a_named_centre():
    text = ("Das Open Source Centre in London hat Tanker verfolgt. Seine Analysten werteten Satellitenbilder aus. Die "
            "Bilanz der Forscher: Seit März sind mehr als eine Million Barrel Öl nach Nordkorea geflossen.")
    (rec,) = _numeric(text, "2025-04")
    assert (rec.quantity, rec.unit, rec.claimant_id) == (1000000, "barrels", "gbr-osc")


def test_danach_and_demnach_point_to_the_body_of_the_sentence_before():
    text = ("Das teilte Nordkorea nicht mit. Die Zahl stammt aus Seoul. Der Geheimdienst NIS unterrichtete das Parlament. "
            "Demnach hat Nordkorea mehr als 13.000 Container nach Russland gebracht. Das entspreche acht Millionen "
            "Geschossen, rechnete die Behörde vor.")
    got = [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-01")]
    assert got == [(13000, "kor-nis"), (8000000, "kor-nis")]
    text = ("Für Pjöngjang zählt jeder Tanker. Der Westen schaut zu. Die Preise steigen. Südkoreas Verteidigungsministerium "
            "legte Berechnungen vor. Danach hat der Norden mehr als 20.000 Container nach Russland verschifft.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-01")] == [(20000, "kor-mnd")]


def test_a_list_after_a_blank_line_and_more_of_the_same_without_a_noun():
    text = ("Das Multilaterale Sanktionsüberwachungsteam (MSMT) veröffentlichte ein Dokument. Die zentralen Befunde:\n\n"
            "– Raketen: Pjöngjang lieferte 2024 rund 100 ballistische Raketen.\n"
            "– Truppen: Rund 11 000 Soldaten wurden nach Kursk verlegt; Anfang 2025 folgten etwa 3000 weitere.")
    got = [(r.__table__, r.quantity, r.claimant_id) for r in _numeric(text, "2025-05")]
    assert got == [("deliveries", 100, "int-msmt"), ("deployments", 11000, "int-msmt"),
                   ("deployments", 3000, "int-msmt")]


def test_batteries_a_balance_drawn_and_a_count_named_before_a_year():
    text = ("Generalstaatsanwalt Andrij Kostin zog eine erste Bilanz: 20 nordkoreanische Raketen seit Dezember. "
            "Der HUR teilte mit, Moskau habe dem Norden mindestens zwei Batterien des Flugabwehrsystems Panzir überlassen.")
    got = [(r.quantity, r.item_category, r.supplier_country, r.claimant_id) for r in _numeric(text, "2025-07")]
    assert got == [(20, "missiles", "PRK", "ukr-government"), (2, "equipment", "RUS", "ukr-government")]
    text = "Nordkorea liefert. Die Zahl der seit August 2023 verschifften Container wird im Bericht mit fast 20.000 angegeben."
    assert [(r.quantity, r.unit) for r in _numeric(text, "2025-03")] == [(20000, "containers")]


@pytest.mark.parametrize("text", [
    "Pjöngjang feuerte Raketen ab, als Antwort auf ein Manöver, an dem auf südkoreanischer Seite rund 19.000 Soldaten teilnehmen.",
    "Nordkorea hat 1,2 Millionen Soldaten. Südkorea hat etwa 500.000 Soldaten unter Waffen.",
    "In Peking stand Kim Jong Un auf der Tribüne. Rund 10'000 Soldaten marschierten über den Platz.",
])
def test_the_other_side_an_army_at_home_and_a_parade_are_no_deployments(text):
    assert _numeric(text, "2025-09") == []


def test_a_person_named_with_the_body_he_works_for_speaks_for_it():
    text = ("Satellitenbilder zeigen den Bahnhof an der Grenze zu Nordkorea. Whitaker forscht am Royal United Services "
            "Institute in London. „Wir haben mindestens tausend Container gezählt“, sagt Whitaker.")
    (rec,) = _numeric(text, "2024-11")
    assert (rec.quantity, rec.claimant_id) == (1000, "gbr-rusi")
    # the note on an interviewee may come last; an age in apposition is no count
    text = ("Brenner: Nordkorea hat nach meiner Schätzung wenigstens 6.000 Ausfälle.\n\n"
            "Julia Brenner, 44, forscht bei der Stiftung Wissenschaft und Politik (SWP) in Berlin.")
    got = [(r.quantity, r.casualty_type, r.claimant_id) for r in _numeric(text, "2025-09")]
    assert got == [(6000, "killed_or_wounded", "deu-swp")]


def test_an_interviewee_speaks_the_whole_answer():
    text = ("STANDARD: Wie viel Munition hat Nordkorea nach Russland geschickt?\n\n"
            "Vogt: Das MSMT nennt mindestens neun Millionen Schuss. Ich halte das für eine Untergrenze. Wir landen "
            "eher bei elf bis zwölf Millionen.\n\n"
            "Lena Vogt (41) forscht am International Institute for Strategic Studies (IISS) in London.")
    got = [(r.quantity, r.quantity_max, r.item_category, r.claimant_id) for r in _numeric(text, "2025-09")]
    # (the MSMT, named in the answer, is the source of its own figure)
    assert got == [(9000000, None, "artillery_ammunition", "int-msmt"),
                   (11000000, 12000000, "artillery_ammunition", "gbr-iiss")]


def test_a_south_korean_source_keeps_its_claims_in_scope():
    text = ("Nordkorea liefert Munition. Die Front bei Awdijiwka ist ruhig. Die Russen schießen viel. Dort ist es kalt. "
            "Südkoreas Verteidigungsminister Shin Won Sik bezifferte die Zahl der Container auf ca. 6700.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2024-03")] == [(6700, "kor-mnd")]


def test_er_is_the_person_of_the_sentence_before_if_gender_agrees():
    text = ("Shin bezifferte die Zahl auf drei Millionen Geschosse aus Nordkorea. Ein europäischer Analyst hält das für zu "
            "hoch. Er kommt auf zwischen 1,5 und 2,5 Millionen Granaten.")
    got = [(r.quantity, r.claimant_id) for r in _numeric(text, "2024-03")]
    assert got[-1] == (1500000, "xxx-experts")
    text = ("Nach Angaben von Präsident Selenskyj sind 3.800 Nordkoreaner getötet oder verwundet worden. Das ukrainische "
            "Militär führt in Kursk eine Offensive. Er wies darauf hin, dass Pjöngjang 30.000 weitere Soldaten entsenden "
            "könne.")
    assert [r.claimant_id for r in _numeric(text, "2025-02")] == ["ukr-president", "ukr-president"]


@pytest.mark.parametrize("text, claimant", [
    ("In Seoul gibt es unterschiedliche Angaben zu Nordkorea. Der Geheimdienst NIS sagte, mehr als 13.000 Container seien "
     "in Russland angekommen. Das Verteidigungsministerium sprach von knapp 10.000 Containern.", "kor-mnd"),
    ("Wie viele Nordkoreaner sind gefallen? Die belastbarste Zahl kommt aus Seoul. Der Geheimdienst hat den Abgeordneten "
     "gesagt, dass etwa 2.000 nordkoreanische Soldaten ums Leben gekommen sind.", "kor-nis"),
])
def test_a_body_named_by_its_role_alone_is_that_of_the_country_speaking(text, claimant):
    assert _numeric(text, "2025-01")[-1].claimant_id == claimant


def test_figures_found_in_a_notice_and_hiess_es_after_a_ministry():
    text = ("Russland hat Nordkorea mehr als 4.000 Tonnen Reis geliefert. Die Zahlen finden sich in einer Mitteilung der "
            "Agraraufsichtsbehörde Rosselchosnadsor.")
    assert [r.claimant_id for r in _numeric(text, "2025-01")] == ["rus-rosselkhoznadzor"]
    text = ("Zur Begründung verwies das Außenministerium in London auf die Rolle Pjöngjangs. Nordkorea habe Russland weit "
            "über 100 ballistische Raketen geliefert, hieß es in einer Mitteilung.")
    assert [r.claimant_id for r in _numeric(text, "2025-02")] == ["gbr-government"]
    text = ("Das US-Finanzministerium ging gegen ein Netzwerk vor, das Geld nach Pjöngjang geschleust haben soll. Nach "
            "Angaben der Behörde flossen schätzungsweise 45 Millionen Dollar als Bezahlung für Munition.")
    (rec,) = _numeric(text, "2025-02")
    assert (rec.quantity, rec.unit, rec.claimant_id) == (45000000, "usd", "usa-government")


def test_part_of_the_delivery_before_and_a_strikes_wounded():
    text = ("Der HUR hat Zahlen vorgelegt. Danach hat Nordkorea rund 150 Raketen übergeben. Etwa 100 davon seien bereits "
            "abgefeuert worden.")
    got = [(r.__table__, r.quantity, r.claimant_id) for r in _numeric(text, "2025-04")]
    assert got == [("deliveries", 150, "ukr-government"), ("deliveries", 100, "ukr-government")]
    text = ("Beim Angriff auf Kyjiw mit einer KN-23 kamen zwölf Menschen ums Leben, rund 90 wurden verletzt; Ermittler "
            "fanden Teile in den Trümmern.")
    assert _numeric(text, "2025-04") == []


def test_von_ihnen_after_troops_named_without_a_number_and_the_head_of_state():
    text = ("Präsident Wolodymyr Selenskyj sprach über die Truppen. Die Einheiten aus Pjöngjang würden verheizt. "
            "„Beinahe 4.000 von ihnen sind inzwischen getötet oder verwundet“, sagte der Staatschef.")
    (rec,) = _numeric(text, "2025-01")
    assert (rec.quantity, rec.casualty_type, rec.quantity_qualifier, rec.claimant_id) == \
        (4000, "killed_or_wounded", "approx", "ukr-president")
    text = ("Die zwei am Wochenende im Gebiet Kursk gefangen genommenen nordkoreanischen Soldaten sind in Kiew. Das teilte "
            "der ukrainische Geheimdienst SBU mit.")
    (rec,) = _numeric(text, "2025-01")
    assert (rec.quantity, rec.casualty_type, rec.claimant_id) == (2, "captured", "ukr-government")


def test_a_spokesman_of_a_body_a_quoted_range_and_a_source_of_the_other_army():
    text = ("Das erklärte der Vertreter des Militärgeheimdienstes HUR, Andrij Jussow. Rund 4.000 Nordkoreaner hätten sie "
            "bislang verloren, so Jussow. Der Generalstab der südkoreanischen Streitkräfte hatte von „etwa 1.000 bis "
            "3.000“ neu entsandten Soldaten gesprochen.")
    got = [(r.__table__, r.quantity, r.quantity_max, r.claimant_id) for r in _numeric(text, "2025-02")]
    assert got == [("casualties", 4000, None, "ukr-government"), ("deployments", 1000, 3000, "kor-military")]


def test_a_korean_family_name_the_replaced_fallen_and_the_killed():
    text = ("Kim Jong Un empfing ein Pionierregiment. Neun seiner Soldaten seien ums Leben gekommen, sagte Kim. "
            "Anfang 2025 folgten rund 3.000 nordkoreanische Soldaten als Ersatz für die Gefallenen. Der HUR sprach von "
            "„weit über 6.000“ Getöteten und Verwundeten.")
    got = [(r.__table__, r.quantity, r.claimant_id) for r in _numeric(text, "2026-01")]
    assert got == [("casualties", 9, "prk-leader"), ("deployments", 3000, "xxx-unattributed"),
                   ("casualties", 6000, "ukr-government")]


def test_a_dateline_reported_speech_in_galten_and_a_lawmaker_by_his_surname():
    text = ("Seoul, 12. Feb. (Yonhap) -- Nordkorea hat nach Erkenntnissen des Nationalen Nachrichtendienstes (NIS) "
            "Truppen ausgetauscht.\n\nDie Zahl der Gefallenen beziffert der Dienst auf knapp 2.300. Höchstens 200 Soldaten "
            "gälten als vermisst.\n\nDer Abgeordnete Han Jae-won bezweifelte das und schrieb auf Facebook, Han zufolge "
            "seien es 3.000 Tote.")
    got = [(r.quantity, r.claimant_id) for r in _numeric(text, "2026-02")]
    assert got[:2] == [(2300, "kor-nis"), (200, "kor-nis")]
    assert 12 not in [q for q, _ in got]


def test_werde_schicken_is_expected():
    text = "Schoigu kündigte in Pjöngjang an, Nordkorea werde 1000 Minenräumer in die Region Kursk schicken."
    (rec,) = _numeric(text, "2025-06")
    assert (rec.quantity, rec.modality, rec.claimant_id) == (1000, "expected", "rus-security-council")


# --- session 14: cases found in the real batches -----------------------------------------------------------


def test_a_role_with_its_post_names_a_person_and_an_interviewer_is_no_source():
    text = ("Der ukrainische Botschafter in Südkorea, Dmytro Ponomarenko, sprach über gefangene Nordkoreaner.\n"
            "In einem Interview mit der „Korean Times“ betonte Ponomarenko die Lage.\n"
            "Ponomarenko bestätigte, dass bisher etwa 4000 nordkoreanische Soldaten getötet oder verwundet wurden.")
    (rec,) = _numeric(text, "2025-01")
    assert (rec.quantity, rec.casualty_type, rec.claimant_id) == (4000, "killed_or_wounded", "ukr-government")


def test_a_list_introduced_by_its_source_keeps_it_also_after_an_unattributed_lead():
    text = ("Im Jahr 2024 lieferte Nordkorea Russland neun Millionen Artilleriegranaten.\n\n"
            "Lieferungen an Russland\n"
            "Laut dem Bericht des MSMT umfassten die Lieferungen:\n"
            "- Neun Millionen Artilleriegranaten.\n"
            "- Mindestens 100 ballistische Raketen.\n")
    recs = _numeric(text, "2025-06")
    assert [(r.quantity, r.claimant_id) for r in recs] == [(9000000, "int-msmt"), (100, "int-msmt")]
    # (the second item needs the verb of the line that introduces the list; the bullet is not quoted)
    assert recs[1].quote == "Mindestens 100 ballistische Raketen"


def test_losses_to_replace_a_sanctions_list_and_visitors_are_no_casualties_or_deployments():
    text = ("Die Ukraine schätzt bis zu 14.000 nordkoreanische Soldaten, darunter 3.000 Verstärkungen, um seine Verluste "
            "zu ersetzen, in Russland. Washington verhängte Sanktionen gegen mehr als 500 Personen und Organisationen "
            "wegen des Krieges, an dem Nordkorea beteiligt ist. Die Zahl der russischen Besucher in Nordkorea sei im "
            "vergangenen Jahr mit 6.469 Personen gestiegen.")
    got = [(r.__table__, r.quantity) for r in _numeric(text, "2025-03")]
    assert got == [("deployments", 14000), ("deployments", 3000)]


def test_a_part_named_in_a_relative_clause_or_after_davon_counts_what_was_named_before():
    text = ("Pjöngjang erhält bis zu 572 Millionen Dollar für den Einsatz nordkoreanischer Truppen, von denen derzeit "
            "etwa 12.000 in Russland stationiert sind. Nordkorea will bis zu 13.000 Soldaten bereitstellen. Davon seien "
            "1500 bereits in Wladiwostok ausgeschifft worden. Die Granate hat ein Kaliber von 170 mm.")
    got = [(r.__table__, r.quantity) for r in _numeric(text, "2025-03")]
    assert got == [("deliveries", 572000000), ("deployments", 12000), ("deployments", 13000), ("deployments", 1500)]


def test_an_elided_thousands_range_rice_to_be_supplied_and_the_report_before_zufolge():
    text = ("Wi sagte, Russland sei bereit, Nordkorea jährlich mit 600–700.000 Tonnen Reis zu beliefern. "
            "Nordkorea schickte 11 bis 12.000 Soldaten nach Russland.")
    got = [(r.quantity, r.quantity_max) for r in _numeric(text, "2025-03")]
    assert got == [(600000, 700000), (11000, 12000)]
    text = ("Nach einem Bericht des NIS verdient Nordkorea viel Geld.\n\nZusätzlich bekommt Nordkorea dem Bericht zufolge "
            "Nahrungsmittelhilfen aus Russland: Die Rede ist von 600'000 bis 700'000 Tonnen Reis.")
    (rec,) = _numeric(text, "2024-11")
    assert (rec.quantity, rec.quantity_max, rec.claimant_id) == (600000, 700000, "kor-nis")


def test_von_ihnen_then_what_happened_to_them_further_on():
    text = ("Nordkorea bestätigte im April erstmals, Soldaten nach Russland geschickt zu haben. Nach Angaben des "
            "südkoreanischen Geheimdienstes wurden rund 2000 von ihnen in dem Krieg getötet.")
    (rec,) = _numeric(text, "2025-05")
    assert (rec.quantity, rec.casualty_type, rec.claimant_id) == (2000, "killed", "kor-nis")


def test_information_confirmed_by_sources_inside_a_body_in_the_next_paragraph():
    text = ("Bürger Nordkoreas dienen in Einheiten der russischen Streitkräfte, ihre Zahl beträgt etwa 3.000 Mann.\n"
            "Diese Informationen bestätigten gegenüber Ukrinform Quellen im ukrainischen Militärnachrichtendienst.")
    (rec,) = _numeric(text, "2024-10")
    assert (rec.quantity, rec.claimant_id) == (3000, "ukr-government")


def test_the_numbers_of_a_list_share_the_unit_named_after_the_last():
    text = ("War ursprünglich nur von 3000, dann von 7000 oder 8000 Nordkoreanern die Rede.\n"
            "Nordkorea schickte zunächst 3.500, später 7.500 und schließlich 11.000 Soldaten nach Russland.")
    got = [(r.quantity, r.quantity_max, r.quote) for r in _numeric(text, "2025-01")]
    assert got[0] == (3000, None, "War ursprünglich nur von 3000")
    assert [q for q, _, _ in got[1:]] == [7000, 3500, 7500, 11000]


def test_a_fact_box_its_label_its_source_in_brackets_and_an_intro_in_scope():
    text = ("Die umfassendste Aufstellung stammt vom Multilateralen Sanktionsüberwachungsteam (MSMT). Elf Staaten "
            "haben es gegründet. Der erste Bericht des Teams listet auf:\n"
            "- Artilleriegeschosse: mehr als neun Millionen Schuss\n"
            "- Kurzstreckenraketen KN-23 und KN-24: rund 100\n"
            "- im Gegenzug aus Russland: über eine Million Barrel Öl\n\n"
            "Die wichtigsten Zahlen\n"
            "- Nordkoreanische Soldaten in Russland: 10.000-12.000 (Schätzung des Pentagons)\n")
    got = [(r.quantity, r.claimant_id, r.quote) for r in _numeric(text, "2025-06")]
    assert got == [(9000000, "int-msmt", "mehr als neun Millionen Schuss"),
                   (100, "int-msmt", "Kurzstreckenraketen KN-23 und KN-24: rund 100"),
                   (1000000, "int-msmt", "über eine Million Barrel Öl"),
                   (10000, "usa-dod", "Nordkoreanische Soldaten in Russland: 10.000-12.000 (Schätzung des Pentagons)")]


def test_a_possessive_summary_a_ships_capacity_and_a_teaser_list():
    text = ("Die Forscher des Open Source Centre werten Bilder des Hafens Rajin aus. Ihr Zwischenstand vom Februar: "
            "Weit über 16.000 Container seien verladen worden. Das Schiff kann bis zu 180 Container auf einmal laden.\n"
            "Nordkorea liefert Waffen.\nLesen Sie außerdem noch:\n- Putin verlor 900 Soldaten an nur einem Tag\n")
    got = [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-06")]
    assert got == [(16000, "gbr-osc")]


def test_a_fact_box_with_the_source_in_the_label_and_a_count_by_zaehlt():
    text = ("Nordkorea schickte Soldaten nach Russland.\n\nDie wichtigsten Zahlen:\n"
            "- Soldaten im Einsatz (NIS, Herbst 2024): etwa 11.000\n"
            "- Verstärkung 2025 (Generalstab Seoul): rund 3.000\n"
            "- Gefallene (NIS, Januar): ca. 300\n\n"
            "Pjöngjang schickt Nachschub. Der südkoreanische Generalstab zählt rund 2500 weitere Soldaten.")
    got = [(r.__table__, r.quantity, r.claimant_id) for r in _numeric(text, "2025-03")]
    assert got == [("deployments", 11000, "kor-nis"), ("deployments", 3000, "kor-military"),
                   ("casualties", 300, "kor-nis"), ("deployments", 2500, "kor-military")]
    assert _numeric(text, "2025-03")[0].quote == "Soldaten im Einsatz (NIS, Herbst 2024): etwa 11.000"


def test_a_picture_credit_in_brackets_is_no_source():
    text = "Nordkorea liefert Granaten.\n\nDie Zahlen:\n- Container nach Russland: über 13.000 (Foto: AFP)\n"
    (rec,) = _numeric(text, "2025-03")
    assert (rec.quantity, rec.claimant_id) == (13000, "xxx-unattributed")


# --- session 15 ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, plain, quantity, claimant", [
    ("Nordkorea habe mehr als 10.000 Container nach Russland gebracht, erklärte ein Sprecher des "
     "US-Außenministeriums. Das entspreche ungefähr 260.000 Tonnen.", ("Das entspreche", "Hinzu kommen"),
     260000, "usa-state-department"),
    ("Nordkorea hat Russland nach Erkenntnissen des ukrainischen Militärgeheimdienstes HUR schweres Gerät "
     "überlassen. Die Rede ist von ca. 120 Selbstfahrlafetten vom Typ M1989 Koksan.",
     # (a plain "Es sind ca. 120 ..." goes on with the source's figures since session 28; the past perfect is background)
     ("Die Rede ist von ca. 120 Selbstfahrlafetten vom Typ M1989 Koksan.",
      "Bis Ende 2024 waren ca. 120 Selbstfahrlafetten vom Typ M1989 Koksan angekommen."), 120, "ukr-government"),
    ("Nach Angaben des Sanktionskomitees des UN-Sicherheitsrats hat Russland im Juli 10.933 Barrel Erdöl nach "
     "Nordkorea exportiert. Im Mai waren es 2.593 Barrel.",
     # (since session 48 "Im Mai lieferte Moskau 2.593 Barrel" goes on with the source's run of figures: the two
     # parties as subjects name no source; the past perfect is background)
     ("Im Mai waren es 2.593 Barrel.", "Im Mai hatte Moskau 2.593 Barrel geliefert."), 2593, "int-unsc"),
])
def test_a_continuation_in_the_sources_words_keeps_the_source(text, plain, quantity, claimant):
    got = {r.quantity: r.claimant_id for r in _numeric(text, "2025-03")}
    assert got[quantity] == claimant
    # the journalist's own next sentence does not carry the source
    own = {r.quantity: r.claimant_id for r in _numeric(text.replace(*plain), "2025-03")}
    assert own[quantity] == "xxx-unattributed"


def test_a_fact_box_line_naming_goods_for_a_country_and_a_limit_in_a_label():
    text = ("Nordkorea und Russland handeln.\n\nDie Zahlen:\n- Russisches Öl für Nordkorea: über 1 Mio. Barrel\n"
            "- Obergrenze der UN für Nordkorea: 500.000 Barrel pro Jahr\n")
    got = [(r.quantity, r.quantity_qualifier, r.unit) for r in _numeric(text, "2025-03")]
    assert got == [(1000000, "more_than", "barrels")]


def test_waren_es_with_the_source_between_counts_what_the_claim_before_counted():
    text = ("Nach Angaben Selenskyjs schickte Nordkorea im Herbst 11.000 Soldaten nach Russland. "
            "Im Januar waren es laut seinen Angaben mehr als 13.000.")
    got = [(r.__table__, r.quantity, r.quantity_qualifier, r.claimant_id) for r in _numeric(text, "2025-03")]
    assert got == [("deployments", 11000, "exact", "ukr-president"),
                   ("deployments", 13000, "more_than", "ukr-president")]


def test_a_list_ending_in_a_year_and_its_source_named_after_the_list():
    # ("2024\n- 3.000" is no range: a range does not cross a line)
    text = ("Nordkoreas Einsatz für Russland in Zahlen:\n- 11.000 Soldaten im Herbst 2024\n- 3.000 weitere im Januar\n"
            "- rund 4.700 Tote und Verwundete\nDiese Zahlen nannte der südkoreanische Geheimdienst NIS am Donnerstag.\n")
    got = [(r.__table__, r.quantity, r.quantity_max, r.claimant_id) for r in _numeric(text, "2025-03")]
    assert got == [("deployments", 11000, None, "kor-nis"), ("deployments", 3000, None, "kor-nis"),
                   ("casualties", 4700, None, "kor-nis")]


def test_a_person_addressed_says_nothing_and_the_first_casualty_word_of_the_clause_counts():
    text = ("Die Militärexpertin Hannah Collins vom Royal United Services Institute über ein Bündnis.\n\n"
            "SPIEGEL: Frau Collins, Südkoreas Geheimdienst spricht von rund 15.000 nordkoreanischen Soldaten in "
            "Russland. Ist das plausibel?\n\n"
            "Collins: Wir gehen davon aus, dass mindestens 2000 Nordkoreaner getötet worden sind, die Gesamtverluste "
            "liegen bei weit über 6000. Gut 3000 Soldaten wurden verletzt, davon etwa 600 tödlich.")
    got = [(r.__table__, r.quantity, getattr(r, "casualty_type", None), r.claimant_id) for r in _numeric(text, "2026-02")]
    assert got == [("deployments", 15000, None, "kor-nis"), ("casualties", 2000, "killed", "gbr-rusi"),
                   ("casualties", 6000, "killed_or_wounded", "gbr-rusi"), ("casualties", 3000, "wounded", "gbr-rusi"),
                   ("casualties", 600, "killed", "gbr-rusi")]


@pytest.mark.parametrize("text", [
    # a count without its noun belongs to the drones counted just before it, or to the whole it is part of
    "Nordkorea schickte 3000 Soldaten nach Russland.\n+++ 21:12 Luftwaffe: 42 von 59 Drohnen abgefangen +++\n"
    "Russland griff mit 59 Kampfdrohnen an. 42 Drohnen seien abgeschossen worden, 15 weitere hätten ihr Ziel nicht "
    "erreicht.",
    # the ages of two prisoners, the size of an attacking group
    "Nordkorea schickte 3000 Soldaten nach Russland. Die Männer, 20 und 26 Jahre alt, werden in Kiew festgehalten. "
    "Nordkoreanische Infanterie greift in Wellen von 20 bis 30 Mann an.",
    # a strike's victims in a liveblog headline, Russia's own losses in a fact box
    "Nordkorea schickte 3000 Soldaten nach Russland.\n\n+++ 18:04 Charkiw: Sechs Verletzte nach Gleitbombenangriff +++\n\n"
    "Die Zahlen:\n- Russische Verluste seit 2022: rund eine Million Tote und Verletzte (ukrainischer Generalstab)\n",
])
def test_counts_of_other_things_near_north_korean_troops_are_no_claims(text):
    assert [(r.__table__, r.quantity) for r in _numeric(text, "2024-12")] == [("deployments", 3000)]


def test_citizens_counted_by_entry_statistics_and_a_russian_ministry_as_source():
    text = ("Nach Statistiken des russischen Innenministeriums reisten 2024 insgesamt 13.221 nordkoreanische "
            "Staatsbürger nach Russland ein. Knapp 8.000 von ihnen kamen demnach mit einem Studentenvisum. "
            "Zwei südkoreanische Staatsbürger wurden in Wladiwostok festgenommen.")
    got = [(r.quantity, r.quantity_qualifier, r.claimant_id) for r in _numeric(text, "2025-03")]
    assert got == [(13221, "exact", "rus-government"), (8000, "approx", "rus-government")]


@pytest.mark.parametrize("text", [
    "Nordkorea schickte 3000 Soldaten nach Russland.\n+++ Russland verliert 1880 Soldaten an einem Tag +++\n"
    "Seit Kriegsbeginn habe Russland demnach rund 777.000 Mann verloren, so der ukrainische Generalstab.",
    "Nordkorea schickte 3000 Soldaten nach Russland. Nordkoreas Munitionsfabriken könnten nach Schätzung von "
    "Experten jährlich bis zu zwei Millionen Granaten herstellen.",
])
def test_a_countrys_own_losses_and_a_capacity_to_make_shells_are_no_claims(text):
    assert [(r.__table__, r.quantity) for r in _numeric(text, "2024-12")] == [("deployments", 3000)]


def test_dollars_as_a_sign_and_the_number_of_his_soldiers():
    text = ("Das südkoreanische Korea Institute for Defense Analyses (KIDA) schätzt, dass Pjöngjang seit 2023 mit "
            "Waffen umgerechnet etwa 14 Mrd. $ aus Moskau eingenommen hat. Der Sprecher des HUR, Andrij Jussow, sagte, "
            "Pjöngjang könne die Zahl seiner Soldaten in Russland bis Jahresende auf bis zu 15.000 erhöhen.")
    got = [(r.__table__, r.quantity, r.quantity_qualifier, r.claimant_id) for r in _numeric(text, "2025-03")]
    assert got == [("deliveries", 14000000000, "approx", "kor-kida"), ("deployments", 15000, "up_to", "ukr-government")]
    assert _numeric(text, "2025-03")[0].unit == "usd"


def test_sources_in_a_capital_leave_the_outlet_as_source_and_a_general_staff_of_a_country():
    text = ("Das Portal Daily NK berichtete unter Berufung auf Quellen in Pjöngjang, in diesem Sommer seien mindestens "
            "1.000 nordkoreanische Bauarbeiter für das Gebiet Kursk ausgewählt worden. Südkoreas Generalstab schätzte "
            "im März, dass Nordkorea mehr als 20 000 Container nach Russland verschifft habe. Darin könnten nach "
            "Einschätzung der Militärs bis zu neun Millionen Granaten gewesen sein. Präsident Selenski hatte von knapp "
            "4000 nordkoreanischen Verlusten gesprochen.")
    got = [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-06")]
    assert got == [(1000, "kor-dailynk"), (20000, "kor-military"), (9000000, "kor-military"), (4000, "ukr-president")]


def test_a_body_that_counted_or_came_to_a_conclusion_is_the_source():
    text = ("Das britische Open Source Centre hat bis Ende 2024 wenigstens 16.000 Container gezählt, die aus Nordkorea "
            "in Russland ankamen. Das Multilaterale Sanktionsüberwachungsteam (MSMT) kommt in seinem ersten Bericht "
            "zum Schluss, dass Nordkorea mindestens 9 Millionen Schuss Munition an Russland geliefert hat.")
    got = [(r.quantity, r.quantity_qualifier, r.claimant_id) for r in _numeric(text, "2025-06")]
    assert got == [(16000, "at_least", "gbr-osc"), (9000000, "at_least", "int-msmt")]


def test_swiss_spelling_a_speaker_with_an_abbreviation_in_brackets_and_gehe_man_von_aus():
    text = ("Nordkorea hat Russland mindestens 120 Haubitzen übergeben. Das teilte der Vertreter der Hauptverwaltung "
            "für Aufklärung (HUR) des ukrainischen Verteidigungsministeriums, Wadym Skibizkyj, mit. Bei "
            "Artilleriemunition gehe man von annähernd vier Millionen Schuss aus.\n\n"
            "Etwa 8000 nordkoreanische Soldaten befänden sich in der Grenzregion Kursk, sagte ein Sprecher des "
            "US-Aussenministeriums.")
    got = [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-06")]
    assert got == [(120, "ukr-government"), (4000000, "ukr-government"), (8000, "usa-state-department")]


def test_the_military_named_by_its_role_after_a_general_staff_is_that_staff():
    text = ("Das ukrainische Militär meldete neue Angriffe. Südkoreas Generalstab schätzte, dass Nordkorea mehr als "
            "20 000 Container nach Russland verschifft habe. Darin könnten nach Einschätzung der Militärs bis zu neun "
            "Millionen Granaten gewesen sein.")
    got = [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-06")]
    assert got == [(20000, "kor-military"), (9000000, "kor-military")]


# --- session 16 ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, casualties", [
    ("Die Verluste der nordkoreanischen Truppen belaufen sich laut Budanow inzwischen auf rund 4100 Soldaten.",
     [(4100, "killed_or_wounded")]),
    ("Budanow erklärte, dass die Verluste der nordkoreanischen Einheiten seit dem Herbst über 4200 Personen betragen.",
     [(4200, "killed_or_wounded")]),
    ("Nach eigenen Angaben wehrten ukrainische Truppen einen Angriff nordkoreanischer Einheiten ab. Mindestens 14 "
     "Angreifer wurden getötet.", [(14, "killed")]),
])
def test_losses_as_subject_of_a_verb_of_amounting_and_attackers_killed(text, casualties):
    got = [(r.quantity, r.casualty_type) for r in _numeric(text, "2025-02") if r.__table__ == "casualties"]
    assert got == casualties
    assert not [r for r in _numeric(text, "2025-02") if r.__table__ == "deployments"]


def test_trotz_der_verluste_is_no_casualty_subject():
    text = "Trotz der Verluste der Nordkoreaner schickte Pjöngjang laut Budanow bei Kursk 3000 weitere Soldaten."
    assert [(r.__table__, r.quantity) for r in _numeric(text, "2025-02")] == [("deployments", 3000)]


@pytest.mark.parametrize("text", [
    "Nordkorea hat 11.000 Soldaten entsandt. Die Kampfverluste des Feindes betragen laut Generalstab etwa 830.940 "
    "Personen, davon 1.520 Personen am letzten Tag.",
    "Nordkorea hat 11.000 Soldaten entsandt. Russland selbst hat in Kursk nach ukrainischen Angaben weit über "
    "50.000 Mann verloren.",
    "Nordkorea hat 11.000 Soldaten entsandt. Nordkoreanische Einheiten rücken in Sturmgruppen von 20 bis 30 Mann vor.",
    "Nordkorea hat 11.000 Soldaten entsandt. Der Sicherheitsrat erlaubt Nordkorea pro Jahr die Einfuhr von 500.000 "
    "Barrel Ölprodukten.",
    "Nordkorea hat 11.000 Soldaten entsandt. Die USA haben rund 28.500 Soldaten in Südkorea stationiert.",
    "Nordkorea hat 11.000 Soldaten entsandt. Die Jahreskapazität der Fabrik liegt bei 1,5 Millionen Granaten.",
    "Nordkorea hat 11.000 Soldaten entsandt. Ein Kesselwagen fasst rund 60 Tonnen Treibstoff.",
    "Nordkorea hat 11.000 Soldaten entsandt. Bei dem Angriff seien 18 Russen getötet und 33 weitere verwundet worden.",
])
def test_enemy_losses_group_sizes_limits_us_troops_capacity_and_other_people_are_no_claims(text):
    assert [(r.__table__, r.quantity) for r in _numeric(text, "2025-02")] == [("deployments", 11000)]


def test_hinzu_kommen_adds_to_the_deliveries_before_and_joined_number_words():
    text = ("Nordkorea hat Russland rund achtundzwanzigtausend Container mit Munition geliefert. Der Bericht stammt "
            "von einem Gremium aus elf Staaten.\n\nHinzu kämen demnach mehr als 100 ballistische Raketen.")
    got = [(r.quantity, r.quantity_qualifier, r.item_category) for r in _numeric(text, "2025-06")]
    assert got == [(28000, "approx", "ammunition"), (100, "more_than", "missiles")]


def test_elliptic_counts_after_zahl_von_and_gehen_von_aus():
    text = ("Das Pentagon spricht von 10.000 bis 12.000 nordkoreanischen Soldaten. Die Nato nannte eine Zahl von \"etwa 11.500\", die in "
            "Kursk stationiert seien. Die ukrainische Militäraufklärung ging schon im November von bis zu 12.500 aus.")
    got = [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-01")]
    assert got == [(10000, "usa-dod"), (11500, "int-nato"), (12500, "ukr-government")]


def test_a_casualty_count_in_an_interview_answer_counts_the_people_before():
    text = ("Sauer: Nach unseren Auswertungen waren in Kursk zeitweise rund 14.000 Nordkoreaner im Einsatz. Dazu "
            "kommen Pioniere.\n\nFrage: Wie viele sind gefallen?\n\nSauer: Wir schätzen, dass zwischen 5100 und "
            "6100 getötet oder verwundet wurden.")
    got = [(r.quantity, r.quantity_max, r.casualty_type) for r in _numeric(text, "2025-01") if r.__table__ == "casualties"]
    assert got == [(5100, 6100, "killed_or_wounded")]


@pytest.mark.parametrize("text, claimant", [
    # a document named in the next sentence
    ("Nordkorea hat Russland mindestens 9 Millionen Schuss Munition geliefert. So steht es im ersten Bericht des "
     "Multilateralen Sanktionsüberwachungsteams (MSMT).", "int-msmt"),
    ("Nordkorea hat Russland rund 21.000 Container geliefert. Das geht aus einem Bericht des südkoreanischen "
     "Generalstabs an das Parlament hervor.", "kor-military"),
    ("Eine Studie beziffert die Einnahmen Nordkoreas aus Lieferungen an Moskau auf bis zu 20 Mrd. Dollar. Erstellt "
     "hat sie das Korea Institute "
     "for Defense Analyses (KIDA).", "kor-kida"),
    # a role standing for the body named before it
    ("Der Generalstab in Seoul teilte mit, Pjöngjang habe weitere Raketen geliefert. Die Verluste der "
     "nordkoreanischen Truppen bezifferte die Militärführung auf ca. 4700 Tote und Verletzte.", "kor-military"),
    # a genitive of a learned name, a Russian ministry, Ukraine's air force, "an die Öffentlichkeit"
    # (no briefing by the NIS is named: the lawmaker is the source, CONTRIBUTING.md "Lawmakers passing on a briefing")
    ("Der Abgeordnete Lee Seong-kweun gab Details bekannt. Nach Angaben Lees halten sich 10.000 nordkoreanische "
     "Arbeiter in Russland auf.", "kor-lawmakers"),
    ("Insgesamt seien mehr als 70 Tiere an den Zoo in Pjöngjang verschenkt worden, teilte das russische "
     "Umweltministerium mit.", "rus-government"),
    ("Seit Dezember hat Russland nach Angaben der ukrainischen Luftstreitkräfte über 60 nordkoreanische Raketen "
     "abgefeuert.", "ukr-government"),
    ("Südkoreas Nachrichtendienst ging mit einem Radarbild an die Öffentlichkeit: Russische Schiffe hätten "
     "mindestens 1500 nordkoreanische Soldaten nach Wladiwostok gebracht.", "kor-nis"),
    ("Das Sanktionsteam MSMT stellte in seinem Bericht - verfasst von Experten aus elf Staaten, darunter die "
     "U.S.A. und Japan - fest, dass Pjöngjang mehr als 11.000 Soldaten geschickt habe.", "int-msmt"),
])
def test_sources_named_by_document_role_genitive_and_ministry(text, claimant):
    got = [r.claimant_id for r in _numeric(text, "2025-06")]
    assert got and set(got) == {claimant}


def test_an_outlet_in_a_new_paragraph_reports_its_own_finding():
    text = ("Nach Angaben des Vereinigungsministeriums in Seoul sind 15 Arbeiter aus Russland geflohen.\n\n"
            "Die Nachrichtenseite Daily NK berichtete, dass im Juli 1.500 nordkoreanische Arbeiter nach Wladiwostok "
            "gekommen seien.")
    got = [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-08") if r.quantity == 1500]
    assert got == [(1500, "kor-dailynk")]


def test_a_passive_toll_carries_the_source_of_the_fight_before():
    text = ("Die ukrainischen Streitkräfte meldeten, sie hätten einen Angriff nordkoreanischer Truppen abgewehrt. "
            "Mindestens 17 Soldaten wurden getötet.")
    got = [(r.quantity, r.casualty_type, r.claimant_id) for r in _numeric(text, "2025-01")]
    assert got == [(17, "killed", "ukr-government")]


def test_units_of_ammunition_types_are_rounds():
    text = ("Nordkorea hat nach einer Analyse des Open Source Centre mindestens 16.000 Container nach Russland "
            "geliefert. Dies entspricht etwa 4,1 bis 5,7 Millionen Einheiten verschiedener Munitionstypen.")
    got = [(r.quantity, r.quantity_max, r.unit, r.claimant_id) for r in _numeric(text, "2025-06")]
    assert got == [(16000, None, "containers", "gbr-osc"), (4100000, 5700000, "rounds", "gbr-osc")]


# --- session 17 ------------------------------------------------------------------------------------------------

def test_a_relative_clause_after_a_source_names_no_second_source():
    text = ("Nach Angaben des NIS, die Abgeordnete nach einer Sitzung des Geheimdienstausschusses weitergaben, wurden "
            "rund 4.700 Nordkoreaner getötet oder verwundet.")
    got = [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-04")]
    assert got == [(4700, "kor-nis")]


@pytest.mark.parametrize("text", [
    "Nordkorea feiert den Jahrestag der Partei. Auf dem Kim-Il-Sung-Platz marschierten nach Schätzung des "
    "südkoreanischen Generalstabs rund 13.000 Soldaten.",
    "Nordkorea hat 11.000 Soldaten entsandt. Die Verluste der russischen Armee schätzt der britische "
    "Militärgeheimdienst auf mehr als eine Million Tote und Verletzte.",
    "Nordkorea hat 11.000 Soldaten entsandt. Nordkorea importierte im Oktober Waren im Wert von 190 Millionen Dollar "
    "aus der Volksrepublik. Der Ölpreis für die Sorte Brent lag am Freitag bei rund 74 Dollar je Barrel.",
])
def test_a_parade_russian_losses_a_price_and_trade_with_china_are_no_claims(text):
    assert [r.quantity for r in _numeric(text, "2025-10") if r.quantity != 11000] == []


def test_a_question_does_not_break_the_topic_of_an_interview():
    # The answer is three sentences after North Korea was last named, one of them the interviewer's question.
    text = ("Kim Jong Un will, dass viele Offiziere Kampferfahrung sammeln.\n\nUnd die Arbeiter?\n\n"
            "Da reden wir über eine ganz andere Größenordnung. Wir gehen von an die 20.000 Arbeitern aus, vor allem "
            "auf Baustellen in Russland.")
    assert [(r.quantity, r.quantity_qualifier) for r in _numeric(text, "2026-03")] == [(20000, "approx")]


def test_a_question_naming_north_korea_sets_the_topic_of_the_whole_answer():
    text = ("STANDARD: Was bekommt Pjöngjang dafür?\n\nKessler: Geld, Öl und Technologie. Die Soldaten sollen gut "
            "bezahlt werden. Beim Öl ist die Lage klarer: Das Open Source Centre in London hat auf Satellitenbildern "
            "nachgewiesen, dass Russland mehr als eine Million Barrel geliefert hat.")
    got = [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-04")]
    assert got == [(1000000, "gbr-osc")]


def test_von_ihnen_with_a_source_between_counts_part_of_the_people_before():
    text = ("Nordkorea hat 20.000 Arbeiter nach Russland geschickt. Von ihnen sind nach unseren Erkenntnissen "
            "höchstens 2.000 direkt in Drohnenfabriken beschäftigt.")
    got = [(r.quantity, r.quantity_qualifier) for r in _numeric(text, "2026-03")]
    assert got == [(20000, "exact"), (2000, "at_most")]


def test_hiess_es_weiter_takes_up_the_source_across_a_paragraph():
    text = ("Etwa 2.000 nordkoreanische Soldaten seien gefallen, berichtete der Abgeordnete Lee Seong-kweun nach einer "
            "Unterrichtung durch den NIS. Im Frühjahr hatte die Behörde die Zahl der Toten noch auf rund 600 "
            "beziffert. Zur Zahl der Verwundeten machte der Dienst keine Angaben.\n\n"
            "Weiterhin seien etwa 11.000 nordkoreanische Soldaten in Kursk stationiert, hieß es weiter.")
    got = {r.quantity: r.claimant_id for r in _numeric(text, "2025-09")}
    assert got[11000] == "kor-nis"


def test_the_answer_speaker_is_the_source_not_the_one_the_question_quoted():
    text = ("Ein Gespräch mit der Korea-Expertin Hanna Kessler.\n\n"
            "STANDARD: Frau Kessler, der Generalstab in Seoul spricht von 4700 toten und verwundeten Nordkoreanern. "
            "Ist das plausibel?\n\n"
            "Kessler: Die Größenordnung halte ich für realistisch. Wenn man bedenkt, dass insgesamt etwa 14.000 Mann "
            "aus Nordkorea entsandt wurden, wäre rund ein Drittel ausgefallen.\n\n"
            "Hanna Kessler (41) forscht an der Stiftung Wissenschaft und Politik (SWP) in Berlin.")
    got = {r.quantity: r.claimant_id for r in _numeric(text, "2025-04")}
    assert got == {4700: "kor-military", 14000: "deu-swp"}


def test_a_loss_the_estimate_stands_despite_is_no_casualty_and_a_genitive_name_speaks():
    text = ("Der Sprecher des Militärgeheimdienstes HUR, Andrij Jussow, sagte, man beobachte die Verlegung genau. "
            "Die Zahl der nordkoreanischen Soldaten in Russland schätzte er auf rund 11.000, trotz der Verluste. "
            "Nach Jussows Worten sind in den Kämpfen um Kursk bislang mehr als 2000 Nordkoreaner getötet worden.")
    got = [(r.__table__, r.quantity, r.claimant_id) for r in _numeric(text, "2025-09")]
    assert got == [("deployments", 11000, "ukr-government"), ("casualties", 2000, "ukr-government")]


def test_demnach_after_a_body_with_a_relative_clause_names_the_body():
    text = ("Das Multilaterale Sanktionsüberwachungsteam (MSMT), ein Zusammenschluss von elf Staaten, der nach dem "
            "russischen Veto gegen das UN-Expertengremium gegründet wurde, hat in seinem ersten Bericht "
            "zusammengetragen, was Pjöngjang an Russland übergeben hat. Demnach waren es wenigstens neun Millionen "
            "Schuss Artilleriemunition.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-06")] == [(9000000, "int-msmt")]


def test_a_known_figure_compared_with_is_no_claim():
    text = ("Russland hat Nordkorea nach Angaben des MSMT mehr als eine Million Barrel Öl geliefert – weit mehr als "
            "die 500.000 Barrel raffinierter Produkte, die der UN-Sicherheitsrat Nordkorea zugesteht.")
    assert [r.quantity for r in _numeric(text, "2025-06")] == [1000000]


@pytest.mark.parametrize("text, claimant", [
    ("Die FRANKFURTER ALLGEMEINE ZEITUNG schreibt: „Dabei wusste jeder, dass im Herbst mehr als 10.000 "
     "nordkoreanische Soldaten nach Russland verlegt wurden.“", "deu-faz"),
    ("Der Leiter der Militärverwaltung von Charkiw, Oleh Synjehubow, zählte allein für seine Region mehr als "
     "10.000 nordkoreanische Soldaten im Grenzgebiet.", "ukr-government"),
    ("Westliche Analysten sind vorsichtiger. Für das Jahr 2024 liegen ihre Schätzungen bei 10.000 nordkoreanischen "
     "Soldaten in Russland.", "xxx-experts"),
])
def test_a_press_review_a_regional_administration_and_their_estimates(text, claimant):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-04")] == [(10000, claimant)]


def test_a_part_of_the_people_just_counted_and_a_quoted_hedge():
    text = ("US-Außenminister Antony Blinken erklärte, von den rund 10.000 in Russland stationierten Nordkoreanern "
            "seien etwa 8000 in die Region Kursk verlegt worden. Das Pentagon hatte zuvor von „bis zu“ zwölftausend "
            "Mann aus Nordkorea gesprochen.")
    got = [(r.quantity, r.quantity_qualifier) for r in _numeric(text, "2024-11")]
    assert got == [(10000, "approx"), (8000, "approx"), (12000, "up_to")]


def test_a_date_between_the_count_and_what_happened_to_them():
    text = "Zwei Nordkoreaner sitzen seit Januar 2025 in ukrainischer Kriegsgefangenschaft."
    assert [(r.quantity, r.casualty_type) for r in _numeric(text, "2026-01")] == [(2, "captured")]


def test_a_few_hundred_is_vague_and_military_builders_are_workers():
    text = ("Nordkorea hat Soldaten nach Russland geschickt. Berichten zufolge wurden bereits ein paar Hundert "
            "nordkoreanische Kämpfer getötet. Kim will zudem fünftausend Militärbauer nach Russland schicken.")
    got = [(r.__table__, r.quantity, r.quantity_qualifier) for r in _numeric(text, "2025-06")]
    assert got == [("casualties", None, "vague"), ("deployments", 5000, "exact")]


def test_an_affiliation_with_a_city_adjective_names_the_interviewee():
    text = ("Marta Kowalczyk (41) forscht am Londoner Royal United Services Institute (Rusi).\n\n"
            "STANDARD: Wie viel Munition hat Nordkorea bisher an Russland geliefert?\n\n"
            "Kowalczyk: Unsere beste Schätzung liegt zwischen 4,2 und 5,8 Millionen Artilleriegranaten.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-03")] == [(4200000, "gbr-rusi")]


@pytest.mark.parametrize("text, casualty, quantity", [
    ("Achtzehn nordkoreanische Soldaten haben nach ukrainischen Angaben ihren Stützpunkt in der russischen Region "
     "Brjansk unerlaubt verlassen.", "missing", 18),
    ("Die Zahl der in ukrainischer Gefangenschaft befindlichen Nordkoreaner sei auf fünf gestiegen, so Park.",
     "captured", 5),
    ("Nordkorea ehrte seine Gefallenen. Auf den Aufnahmen sind nach Zählung der NZZ 101 Porträts von Gefallenen zu "
     "sehen.", "killed", 101),
    ("Kim Jong Un ehrte die Toten. An einer Wand hingen die Porträts von 101 nordkoreanischen Soldaten.", "killed", 101),
    ("Nordkorea hat Truppen nach Russland geschickt. Bei einem einzigen Angriff seien 60 Koreaner gefallen.",
     "killed", 60),
])
def test_deserters_a_longer_count_of_prisoners_portraits_and_koreans(text, casualty, quantity):
    got = [(r.casualty_type, r.quantity) for r in _numeric(text, "2025-05") if r.__table__ == "casualties"]
    assert got == [(casualty, quantity)]
    assert not [r for r in _numeric(text, "2025-05") if r.__table__ == "deployments"]


def test_a_rule_of_thumb_ratio_is_no_claim():
    text = ("Der NIS spricht von 600 getöteten Nordkoreanern. Nach einer Faustregel kämen in modernen Kriegen auf "
            "einen Gefallenen drei bis vier Verwundete.")
    assert [(r.quantity, r.casualty_type) for r in _numeric(text, "2025-05")] == [(600, "killed")]


# --- session 18: blind batches q (Austrian, Swiss, translated), r (fact checks), s (economy), t (short formats) ---

@pytest.mark.parametrize("text, claimant", [
    # a dash before "so"
    ("Insgesamt will Pjöngjang etwa 12.000 Soldaten entsenden – so der NIS in einer Mitteilung an die Presse.",
     "kor-nis"),
    # a report named after the number, without "es"
    ("Nordkorea hat Russland seit September 2023 mindestens neun Millionen Artilleriegeschosse geliefert. Das steht "
     "im ersten Bericht des Multilateralen Sanktionsüberwachungsteams (MSMT).", "int-msmt"),
    # "ca." inside "gehen von ... aus"
    ("Eine Studie des Korea Institute for Defense Analyses (KIDA) sorgt für Aufsehen. Die Forscher gehen von ca. "
     "28.000 Containern aus, die Nordkorea nach Russland geschickt habe.", "kor-kida"),
    # the subject inside "stützt sich ... auf" relays; "Dieser" is the service
    ("Das Team des MSMT stützt sich bei den Verlusten auf den südkoreanischen Geheimdienst: Dieser bezifferte die "
     "nordkoreanischen Verluste auf rund 4.700 Tote und Verwundete.", "kor-nis"),
    # Swiss quotes around the name
    ("Nordkorea habe rund 1,5 Mio. Artilleriegranaten nach Russland gebracht, schreibt die Zeitung «Chosun Ilbo».",
     "kor-chosun"),
    # a name, a comma and the role naming the body
    ("Russland habe mehr als 250 nordkoreanische ballistische Raketen abgefeuert, sagte Andrij Jussow, Sprecher des "
     "ukrainischen Militärgeheimdienstes HUR, dem Kyiv Independent.", "ukr-government"),
    # "schreiben die Forscher" after the centre was named
    ("Das Londoner Open Source Centre hat Tanker verfolgt. Seit März seien über eine Million Barrel Öl nach "
     "Nordkorea gelangt, schreiben die Forscher.", "gbr-osc"),
    # "die Analysten" right after a named institute are its analysts, not any experts
    ("Das Projekt Beyond Parallel des Center for Strategic and International Studies (CSIS) hat Bilder ausgewertet. "
     "Die Analysten kommen zum Schluss, dass schätzungsweise 16.000 Container von Nordkorea nach Russland verschifft "
     "wurden.", "usa-csis"),
])
def test_session_18_sources(text, claimant):
    assert [r.claimant_id for r in _numeric(text, "2025-06")] == [claimant]


def test_heisst_es_does_not_take_an_actor_of_the_reported_words():
    # "hieß es" is impersonal: the UN of the reported clause is no source; "in dem Papier" is the report named before
    text = ("Das MSMT kommt zu dem Schluss, dass Pjöngjang mindestens neun Millionen Schuss an Moskau übergeben hat.\n\n"
            "Russland habe Nordkorea weit über eine Million Barrel Erdölprodukte geliefert und damit die von der UNO "
            "gesetzte Obergrenze überschritten, heißt es in dem Papier.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-06")] == [(9000000, "int-msmt"),
                                                                              (1000000, "int-msmt")]


def test_a_report_named_by_its_author_in_a_compound_is_what_dem_bericht_points_to():
    text = ("Das russische Außenministerium weist den Bericht zurück, sagte Sprecherin Maria Sacharowa.\n\n"
            "15:45 Uhr – MSMT-Bericht: Öl für Nordkorea\n"
            "Im Gegenzug hat Moskau dem Bericht zufolge mehr als eine Million Barrel Öl nach Nordkorea geliefert.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-06")] == [(1000000, "int-msmt")]


def test_an_interview_without_speaker_labels_gives_the_answer_to_the_person_addressed():
    text = ("Die Sicherheitsforscherin Katrin Vogel über Schätzungen und Übertreibungen.\n\n"
            "Frau Vogel, Südkorea spricht von vielen Soldaten. Wie viele hat Pjöngjang geschickt?\n\n"
            "Nach allem, was wir wissen, gehe ich von 14.000 bis 15.000 Soldaten aus, die nach Russland verlegt "
            "wurden.\n\n"
            "Katrin Vogel forscht an der Stiftung Wissenschaft und Politik (SWP) in Berlin.")
    got = [(r.quantity, r.quantity_max, r.claimant_id) for r in _numeric(text, "2025-10")]
    assert got == [(14000, 15000, "deu-swp")]
    # without the address, nobody is known to answer
    unaddressed = text.replace("Frau Vogel, Südkorea", "Südkorea")
    assert [r.claimant_id for r in _numeric(unaddressed, "2025-10")] == ["xxx-unattributed"]


def test_es_gab_berichte_is_hearsay():
    text = "Es gab Berichte, wonach Pjöngjang bis zu 100.000 Mann nach Russland schicken wolle."
    assert [r.claimant_id for r in _numeric(text, "2025-10")] == ["xxx-unattributed"]


@pytest.mark.parametrize("text, expected", [
    ("Die Uno erlaubt Pjöngjang pro Jahr höchstens 500.000 Barrel raffinierte Erdölprodukte aus Russland.", []),
    ("Die Zahl der im Einsatz getöteten Nordkoreaner hatte der NIS im September auf etwa 2.000 geschätzt.",
     [("casualties", 2000, "approx")]),
    ("Nordkorea hat mind. 6 Mio. Schuss Artilleriemunition an Russland geliefert.",
     [("deliveries", 6000000, "at_least")]),
    ("Nordkorea schickte rd. 11.000 Soldaten nach Russland.", [("deployments", 11000, "approx")]),
])
def test_session_18_limits_counts_and_abbreviated_qualifiers(text, expected):
    assert [(r.__table__, r.quantity, r.quantity_qualifier) for r in _numeric(text, "2025-06")] == expected


def test_a_fact_line_without_a_list_mark_takes_its_source_in_brackets():
    text = ("Nordkorea und Russland: die Zahlen\n"
            "Container aus Nordkorea: mehr als 13.000 (Open Source Centre)")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-03")] == [(13000, "gbr-osc")]


# --- session 19 ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, claimant", [
    # researchers nobody names are unnamed experts ...
    ("Nordkorea hat nach Angaben von Forschern 2000 Container mit Munition nach Russland geschickt.", "xxx-experts"),
    # ... the experts of a named body are that body
    ("Experten des CSIS zählten 3000 Container aus Nordkorea in Russland.", "usa-csis"),
    ("Nach Angaben von Forschern des britischen Open Source Centre kamen 3800 Container aus Nordkorea.", "gbr-osc"),
    # a country's media reports are that media's, and the country the missiles come from says nothing
    ("Die russische Armee hat laut ukrainischen Medienberichten bisher etwa 50 Raketen aus Nordkorea abgefeuert.",
     "ukr-media"),
    ("Die russische Armee hat laut ukrainischen Medien bisher etwa 50 Raketen aus Nordkorea abgefeuert.",
     "ukr-media"),
    # reports of nobody in particular stay hearsay
    ("Medienberichten zufolge wurden 45 Soldaten aus Nordkorea nach Kursk verlegt.", "xxx-unattributed"),
    # the body that analysed what a finding rests on, named right after it
    ("Russland hat Nordkorea nach Erkenntnissen britischer Forscher seit März mehr als eine Million Barrel Öl "
     "geliefert. Das geht aus Satellitenbildern hervor, die das Open Source Centre (OSC) in London ausgewertet hat.",
     "gbr-osc"),
])
def test_session_19_experts_media_and_analyses(text, claimant):
    assert [r.claimant_id for r in _numeric(text, "2025-03")] == [claimant]


def test_the_researchers_stand_for_the_body_still_discussed():
    # "die Forscher" names KIDA: its full name is far back, but "KIDA-Autoren" keeps it in play
    text = ("Das Korea Institute for Defense Analyses (KIDA) beziffert die Einnahmen Nordkoreas. "
            + "Die Studie geht auf viele Posten ein, vom Reis bis zum Öl und zu den Arbeitskräften. " * 8
            + "Die KIDA-Autoren legen Weltmarktpreise zugrunde. "
            "Insgesamt gehen die Forscher von mehr als zwölf Millionen an Russland gelieferten Geschossen aus.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-03")] == [(12000000, "kor-kida")]


def test_nobody_inside_a_quotation_speaks_for_the_pronoun_after_it():
    text = ("Ähnlich hatte sich am Donnerstag der ukrainische Präsident Wolodymyr Selenskyj geäußert. „Wir wissen von "
            "den Geheimdiensten, dass 10.000 Soldaten aus Nordkorea dafür trainiert werden“, sagte er.")
    assert [r.claimant_id for r in _numeric(text, "2024-10")] == ["ukr-president"]
    # a name in quotes is no quotation: the newspaper speaks
    named = ('Das "Wall Street Journal" berichtete unterdessen, in einer Drohnenfabrik in Tatarstan arbeiteten '
             "wenigstens 1200 Nordkoreaner.")
    assert [r.claimant_id for r in _numeric(named, "2025-06")] == ["usa-wsj"]


def test_a_lawmaker_named_after_the_claim_passes_on_the_briefing():
    text = ("Seit September wurden etwa 5000 nordkoreanische Soldaten aus Baueinheiten nach Russland verlegt.\n"
            "Das berichtet zumindest der südkoreanische Parlamentsabgeordnete Lee Song-gyn nach einem Briefing des "
            "Nationalen Geheimdienstes.")
    assert [(r.claimant_id, r.via_id) for r in _numeric(text, "2025-03")] == [("kor-nis", "kor-lawmakers")]


@pytest.mark.parametrize("text, expected", [
    # the subject before an apposition speaks, not the country after the verb
    ("Das Korea Institute for Defense Analyses (KIDA), eine Denkfabrik des Verteidigungsministeriums in Seoul, "
     "veranschlagt Pjöngjangs Einnahmen aus dem Waffenhandel mit Russland auf mindestens 5,5 Milliarden Dollar.",
     [(5500000000, "kor-kida")]),
    # ... but not a country before a relative clause: there the verb's own speaker follows it
    ("Nordkorea habe 3000 Soldaten geschickt, die in Kursk kämpften, sagte Budanow.", [(3000, "ukr-government")]),
    # a report presented, then its contents in the next paragraph
    ("Das Multilaterale Sanktionsüberwachungsteam (MSMT), das elf Staaten im Herbst gegründet hatten, nachdem "
     "Russland das Expertengremium der Vereinten Nationen per Veto beendet hatte, legte am Donnerstag seinen ersten "
     "Bericht vor. Auf 29 Seiten steht, was die Mitglieder für belegt halten.\n\n"
     "Demnach hat Nordkorea mindestens neun Millionen Schuss Artilleriemunition an Russland geliefert. "
     "Pjöngjang habe zudem 2024 etwa 11.000 Soldaten entsandt und Anfang 2025 noch einmal rund 3000.",
     [(9000000, "int-msmt"), (11000, "int-msmt"), (3000, "int-msmt")]),
    # a spokesman named before his role, and "seines Stabes" two sentences on
    ("Oberst Dmytro Lysenko, Sprecher der Gruppierung Nord der ukrainischen Streitkräfte, bestätigt diesen Eindruck. "
     "„In den vergangenen Monaten haben wir keine nordkoreanische Infanterie gesehen“, sagt Lysenko. Sorge bereitet "
     "ihm der Frühling. Nach Einschätzung seines Stabes könnten bis zu 30 000 weitere Nordkoreaner an die Front "
     "kommen.", [(30000, "ukr-government")]),
    # the source named after the claim, in new ways
    ("Ein Abgeordneter sagte, etwa 300 nordkoreanische Soldaten seien gefallen.\n\nWie viele Männer Kim Jong Un "
     "überhaupt geschickt hat, weiß niemand genau. Etwa 11.000 sollen es im Herbst gewesen sein. Auch diese Zahl "
     "stammt aus Seoul, vom NIS.", [(300, "xxx-unattributed"), (11000, "kor-nis")]),
    ("Auf den Fotowänden sind 101 Porträts getöteter nordkoreanischer Soldaten zu erkennen. Das haben Analysten des "
     "auf Nordkorea spezialisierten Dienstes NK News ausgezählt.", [(101, "usa-nknews")]),
    # contacts in a country are no word of its government
    ("Nach seiner Einschätzung, die sich auf Kontakte in Nordkorea stützt, könnten an die 20.000 weitere "
     "nordkoreanische Arbeiter folgen.", [(20000, "xxx-unattributed")]),
    # a multiple of a limit is no delivery
    ("Dazu kämen mehr als eine Million Barrel Erdöl für Nordkorea – ein Vielfaches der 500.000 Barrel, die die "
     "Sanktionen Nordkorea pro Jahr zugestehen.", [(1000000, "xxx-unattributed")]),
])
def test_session_19_subjects_reports_and_sources_named_after(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-06")] == expected


def test_an_interviewee_speaking_in_the_first_person_after_citing_someone():
    text = ("Rachel Hong beobachtet am International Institute for Strategic Studies (IISS) in London die Streitkräfte "
            "Nordkoreas. Im Gespräch mit dem STANDARD erklärt sie, warum Pjöngjangs Verluste so hoch sind.\n\n"
            "STANDARD: Wie viele Nordkoreaner sind denn überhaupt dort?\n\n"
            "Hong: Die belastbarste Zahl kommt aus Seoul. Der südkoreanische Geheimdienst spricht von etwa 11.000 "
            "Mann. Ich gehe davon aus, dass Nachschub unterwegs ist, vielleicht noch einmal 1000 bis 1500 Mann.")
    claims = _claims(text, "2025-02")
    assert [(r.quantity, r.claimant_id) for t, r in claims if t != "diplomatic_acts"] == [
        (11000, "kor-nis"), (1000, "gbr-iiss")]
    assert [t for t, r in claims if t == "diplomatic_acts"] == []  # an interview is no meeting


@pytest.mark.parametrize("text, expected", [
    # a report with its author named after the claim
    ("Washington (AFP) - Nordkorea hat Russland einem neuen Bericht zufolge mindestens neun Millionen Schuss "
     "Artilleriemunition geliefert. Zu diesem Ergebnis kommt das Multilaterale Sanktionsüberwachungsteam (MSMT) in "
     "seinem ersten Bericht, den das US-Außenministerium veröffentlichte.", [(9000000, "int-msmt")]),
    # a place as radio news dates its item, the source in the next sentence
    ("Pjöngjang: Nordkorea will Russland mit tausend Minenräumern beim Wiederaufbau der Region Kursk unterstützen. "
     "Das kündigte der Sekretär des russischen Sicherheitsrats, Schoigu, nach einem Gespräch mit Kim Jong Un an.",
     [(1000, "rus-security-council")]),
    # "hieß es weiter" after reported speech: the source before, not the body its words are about
    ("Seoul (dpa) - Nordkorea hat nach Erkenntnissen des südkoreanischen Geheimdienstes damit begonnen, Soldaten "
     "nach Russland zu verlegen. Nach Einschätzung der Behörde ist das erst der Anfang. Die Führung in Pjöngjang habe "
     "entschieden, insgesamt etwa 12.000 Soldaten zu entsenden, hieß es weiter.", [(12000, "kor-nis")]),
    # a lawmaker citing his own contacts passes on no briefing
    ("Der NIS unterrichtete den Geheimdienstausschuss. Der Abgeordnete Yu Yong-weon hatte dagegen unter Berufung "
     "auf eigene Kontakte in Kiew von mehr als 1000 getöteten Nordkoreanern gesprochen.", [(1000, "kor-lawmakers")]),
    # the State Department's spokesman, Swiss spelling included
    ("Die meisten der mehr als 10.000 nordkoreanischen Soldaten seien in Kursk, sagte Aussenamtssprecher Vedant "
     "Patel in Washington.", [(10000, "usa-state-department")]),
])
def test_session_19_reports_datelines_and_briefings(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-06")] == expected


def test_a_name_learned_from_its_affiliation_stays_on_its_line():
    # "Kommentare" on the line before is no part of Park's name: "Park:" then names who answers
    text = ("12.03.2025, 05.30 Uhr · 5 min · 18 Kommentare\n\n"
            "Park Ji-hoon, 47, forscht am Korea Institute for Defense Analyses (KIDA) in Seoul.\n\n"
            "NZZ: Herr Park, wie viele Nordkoreaner könnten es werden?\n\n"
            "Park: Wenn die Rotation so weitergeht, könnten bis Jahresende an die 25'000 Nordkoreaner in Russland "
            "gedient haben.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-03")] == [(25000, "kor-kida")]


@pytest.mark.parametrize("text, expected", [
    # the people counted just before, in new ways
    ("Das Pentagon spricht von 11.000 nordkoreanischen Soldaten in Russland. Südkoreas Geheimdienst NIS hatte Ende "
     "Oktober von mehr als 10.000 gesprochen.", [("deployments", 11000, None), ("deployments", 10000, None)]),
    ("Nordkorea habe im Herbst rund 11.000 Soldaten nach Russland geschickt. Weitere 3000 seien Anfang 2025 gefolgt.",
     [("deployments", 11000, None), ("deployments", 3000, None)]),
    # ... and what happened to them, when a lower figure follows a casualty count
    ("Im Gebiet Kursk sind nach Darstellung Selenskyjs mehr als dreitausend nordkoreanische Soldaten getötet oder "
     "verwundet worden. Südkoreas Generalstab nannte eine niedrigere Zahl. Nach seiner Einschätzung sind es rund 1.100.",
     [("casualties", 3000, "killed_or_wounded"), ("casualties", 1100, "killed_or_wounded")]),
    ("In seiner Rede sagte Kim Jong Un laut KCNA, neun Kameraden hätten bei dem Einsatz in Kursk ihr Leben verloren.",
     [("casualties", 9, "killed")]),
    # victims of a missile's impact, soldiers of other nations and of other wars are no claims
    ("In Charkiw schlug am 2. Januar 2024 eine der ersten nordkoreanischen KN-23 ein, zwei Menschen starben, mehr als "
     "60 wurden verletzt.", []),
    ("Im Koreakrieg verlor die chinesische Volksfreiwilligenarmee nach offiziellen Pekinger Angaben rund 180.000 Mann.",
     []),
    ("Rund 300 Sowjetsoldaten seien zwischen 1950 und 1953 in Nordkorea gefallen, sagt der Historiker.", []),
])
def test_session_19_counts_continued_and_counts_out_of_scope(text, expected):
    assert [(r.__table__, r.quantity, getattr(r, "casualty_type", None)) for r in _numeric(text, "2025-03")] == expected


# --- session 20 ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    # the newsroom's own earlier reporting ("Wie berichtet") and unnamed reports ("nach aktuellen Berichten") name
    # no source, not even the country the reported clause is about
    ("Selenskyj sprach von schweren Verlusten. Wie berichtet hat Nordkorea seit letztem September mehr als 10.000 "
     "Container mit Munition nach Russland geschickt.", [(10000, "xxx-unattributed")]),
    ("Laut Budanow sind die Verluste hoch. Rund 12.000 nordkoreanische Truppen sind nach aktuellen Berichten in "
     "Russland stationiert.", [(12000, "xxx-unattributed")]),
    # "Man geht davon aus" is nobody's word ("davon" there is no "of them")
    ("Der Geheimdienst bestätigte die Gefangennahme. Man geht davon aus, dass etwa 11.000 nordkoreanische Soldaten "
     "in Kursk stationiert sind.", [(11000, "xxx-unattributed")]),
    # an impersonal estimate continues the source right before it ...
    ("Der NIS hat enthüllt, dass 1.500 nordkoreanische Spezialkräfte entsandt wurden. Insgesamt wird erwartet, dass bis zu 12.000 "
     "nordkoreanische Soldaten geschickt werden.", [(1500, "kor-nis"), (12000, "kor-nis")]),
    # ... but not after a sentence of the newsroom's own; a dash inside the paragraph is wire copy's separator,
    # no list item carrying the source
    ("Die Einheiten seien nicht kampferprobt, sagte Selenskyj. Es zeige sich immer deutlicher, dass sie hohe "
     "Verluste hätten, hieß es. - Russland hatte seine Streitkräfte durch Nordkoreaner verstärkt. Es wird vermutet, "
     "dass etwa 10.000 Soldaten aus Nordkorea in Kursk im Einsatz sind.", [(10000, "xxx-unattributed")]),
    # the points of a source, listed in the paragraphs right after its words
    ("Nordkorea hat seit September mehr als 3 Millionen Artilleriegranaten nach Russland geschickt, sagte der "
     "südkoreanische Verteidigungsminister Shin Won-sik.\n\n  • Nordkorea hat etwa 6700 Schiffscontainer nach "
     "Russland geliefert.\n\n  • Im Gegenzug erhielt Nordkorea 9000 Tonnen Reis.",
     [(3000000, "kor-mnd"), (6700, "kor-mnd"), (9000, "kor-mnd")]),
    # (a list after a sentence of the newsroom's own is not the source's)
    ("Nordkorea hat mehr als 3 Millionen Granaten geschickt, sagte Shin Won-sik. Die Lieferungen begannen im "
     "Herbst.\n\n• Nordkorea hat etwa 6700 Container nach Russland geliefert.", [(3000000, "kor-mnd"), (6700, "xxx-unattributed")]),
])
def test_session_20_sources_that_end(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-03")] == expected


@pytest.mark.parametrize("text, expected", [
    # hedges: "zumindest", "geschätzten", "deutlich mehr als"
    ("Mit zumindest einer Million Artilleriegranaten hat Nordkorea Russland bereits unterstützt.",
     [(1000000, "at_least")]),
    ("Einige der geschätzten 11.000 nordkoreanischen Soldaten in Russland werden nun als Sturmtruppen eingesetzt.",
     [(11000, "approx")]),
    ("Nordkorea hat deutlich mehr als 10.000 Soldaten nach Russland geschickt.", [(10000, "more_than")]),
    # "über" after a noun of information or a verb of saying is "about", no hedge ...
    ("Die USA berichteten von Informationen über 3.000 nordkoreanische Soldaten in Russland.", [(3000, "exact")]),
    ("Der NIS hat ukrainische Berichte über zwei nordkoreanische Kriegsgefangene bestätigt.", [(2, "exact")]),
    # ... but after "laut Berichten" it hedges
    ("Nordkorea hat laut Berichten über 10.000 Soldaten nach Russland entsandt.", [(10000, "more_than")]),
])
def test_session_20_hedges(text, expected):
    assert [(r.quantity, r.quantity_qualifier) for r in _numeric(text, "2025-03")] == expected


def test_an_estimate_without_its_noun_counts_what_was_counted_before():
    text = ("Mit mindestens einer Million Artilleriegranaten hat Nordkorea Russland bereits unterstützt. Laut "
            "südkoreanischem Verteidigungsministerium könnten es sogar 4,8 Millionen sein.")
    rows = [(r.__table__, r.quantity, r.claimant_id, r.modality) for r in _numeric(text, "2024-06")]
    assert rows == [("deliveries", 1000000, "xxx-unattributed", "asserted"),
                    ("deliveries", 4800000, "kor-mnd", "possible")]


def test_a_few_thousand_is_vague_not_one_thousand():
    text = "Selbst die USA haben nur wenige Tausend solcher Spezialeinheiten, Nordkorea schickte sie nach Russland."
    assert [r.quantity_qualifier for r in extract(text, published="2024-11")] == ["vague"]


def test_more_of_what_was_named_though_nothing_was_counted():
    text = ("Nordkorea könnte noch deutlich mehr Soldaten nach Russland verlegen. Minister Kim Yong Hyun sagte vor dem "
            "Ausschuss, je nach Verlauf könnten bis zu 100.000 weitere folgen.")
    assert [(r.__table__, r.quantity, r.quantity_qualifier, r.modality) for r in _numeric(text, "2024-11")] == \
        [("deployments", 100000, "up_to", "possible")]


@pytest.mark.parametrize("text, expected", [
    # a ticker's entry is a story of its own: the strike on Kyiv after a North Korea entry is out of scope
    ("+++ 16:20 Seoul: Nordkorea hat rund 4700 Mann verloren +++\nDer Abgeordnete Lee Seong Kweun hatte nach einer "
     "Unterrichtung durch den NIS mitgeteilt, etwa 4700 nordkoreanische Soldaten seien getötet oder verwundet worden. "
     "Darunter seien rund 600 Tote.\n\n+++ 14:05 Zahl der Toten in Kiew steigt auf 28 +++\nNach dem nächtlichen "
     "Angriff sind nach Angaben der Stadtverwaltung mindestens 28 Menschen ums Leben gekommen, 134 wurden verletzt. "
     "Russland hatte laut ukrainischer Luftwaffe 440 Drohnen und 32 Raketen eingesetzt.",
     [("casualties", 4700, "kor-nis"), ("casualties", 600, "kor-nis")]),
    # "zitiert ihn die Agentur": the person the pronoun stands for speaks, not the one the clause is about
    ("Russlands Sicherheitsratssekretär Sergej Schoigu hat in Pjöngjang nordkoreanische Helfer angekündigt. "
     "Machthaber Kim Jong Un habe entschieden, 1000 Minenräumer nach Kursk zu schicken, zitiert ihn die "
     "Nachrichtenagentur Tass.", [("deployments", 1000, "rus-security-council")]),
    # people of a circus or an ensemble are no troops
    ("Im Herbst soll ein nordkoreanisches Ensemble mit 120 Mitgliedern durch Russland touren.", []),
    # a body's report named by a possessive; "demnach" in the next paragraph; a sentence's words label the count
    # after its colon; "zwischen Pjöngjang und Moskau" names nobody who speaks
    ("Daraufhin gründeten elf Staaten das Multilaterale Sanktionsüberwachungsteam (MSMT). Dessen 29 Seiten starker "
     "Bericht liest sich wie eine Bilanz des Tauschhandels zwischen Pjöngjang und Moskau.\n\nNordkorea hat demnach "
     "mindestens neun Millionen Schuss Munition an Russland übergeben. Auch die Soldaten zählt das Papier: zwischen "
     "11.000 und 12.000 seien in die Region Kursk verlegt worden.",
     [("deliveries", 9000000, "int-msmt"), ("deployments", 11000, "int-msmt")]),
    # "außer Gefecht" counts killed or wounded; "unterrichtete" is a verb of saying
    ("Der südkoreanische Geheimdienst unterrichtete am Donnerstag Abgeordnete: Rund 3000 Nordkoreaner seien außer "
     "Gefecht gesetzt worden.", [("casualties", 3000, "kor-nis")]),
])
def test_session_20_tickers_reports_and_scope(text, expected):
    assert [(r.__table__, r.quantity, r.claimant_id) for r in _numeric(text, "2025-06")] == expected


@pytest.mark.parametrize("text, expected", [
    # a verb of having in a relative clause does not make the count North Korea's army at home
    ("Das Portal Daily NK, das Informanten in Nordkorea unterhält, meldete, Pjöngjang bereite die Entsendung von "
     "3000 Arbeitskräften vor.", [("deployments", 3000, "kor-dailynk", "expected")]),
    # "hunderttausend" is a number word; "könne" a possibility
    ("Das Pentagon geht von etwa 11.000 Nordkoreanern in Kursk aus. Selenskyj warnte, Pjöngjang könne die Zahl auf "
     "bis zu hunderttausend erhöhen.",
     [("deployments", 11000, "usa-dod", "asserted"), ("deployments", 100000, "ukr-president", "possible")]),
    # oil "aus Russland" is delivered; "erzählte" is a verb of saying; Russia's ambassador in Pyongyang speaks for
    # his government
    ("Das MSMT kam allein für 2024 auf mehr als 1 Mio. Barrel Öl aus Russland für Nordkorea.",
     [("deliveries", 1000000, "int-msmt", "asserted")]),
    ("Russlands Botschafter in Pjöngjang, Alexander Mazegora, erzählte russischen Staatsmedien von 50.000 Tonnen "
     "Weizen, die Russland an Nordkorea geliefert habe.", [("deliveries", 50000, "rus-government", "asserted")]),
])
def test_session_20_more_words(text, expected):
    assert [(r.__table__, r.quantity, r.claimant_id, r.modality) for r in _numeric(text, "2025-06")] == expected


@pytest.mark.parametrize("text, expected", [
    # a place opening the sentence is no speaker ("In Seoul schätzt das Vereinigungsministerium ...")
    ("In Seoul schätzt das Vereinigungsministerium die Zahl nordkoreanischer Arbeiter in Russland auf 15.000.",
     [(15000, "kor-unification-ministry")]),
    # a relay with a longer phrase before "auf"; "Dieser" is the service just named
    ("Die US-Denkfabrik ISW beruft sich in ihrem jüngsten Lagebericht auf den ukrainischen Militärgeheimdienst HUR. "
     "Dieser hatte erklärt, Pjöngjang habe Russland bereits etwa 100 Selbstfahrlafetten vom Typ Koksan überlassen.",
     [(100, "ukr-government")]),
    # reported speech right after a body is introduced without a verb of saying
    ("Auch die Londoner Denkfabrik RUSI beobachtet den Seeweg. Zwischen dem nordkoreanischen Hafen Rajin und "
     "russischen Häfen hätten Frachter seit September 2023 mindestens 16 000 Container transportiert.",
     [(16000, "gbr-rusi")]),
    # (not hearsay: "angeblich")
    ("Auch die Londoner Denkfabrik RUSI beobachtet den Seeweg. Angeblich hätten Frachter aus Nordkorea seit "
     "September 2023 mindestens 16 000 Container nach Russland transportiert.", [(16000, "xxx-unattributed")]),
])
def test_session_20_who_speaks(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-06")] == expected


@pytest.mark.parametrize("text, expected", [
    # "das Blatt": the outlet named last
    ("Die konservative Zeitung Chosun Ilbo berichtete, Nordkorea habe Techniker entsandt. Nach Informationen des "
     "Blatts hat Pjöngjang bislang mindestens 200 Mehrfachraketenwerfer an Russland übergeben.",
     [(200, "kor-chosun")]),
    # an actor inside a participle phrase is no speaker: "des auf Nordkorea spezialisierten Portals Daily NK"
    ("Nach Informationen des auf Nordkorea spezialisierten Portals Daily NK wurden seit Mai rund 1500 nordkoreanische "
     "Bauarbeiter nach Russland geschickt.", [(1500, "kor-dailynk")]),
])
def test_session_20_outlets(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-06")] == expected


@pytest.mark.parametrize("text, expected", [
    # the outlet's source named in the next sentence ("Der Sender beruft sich auf ...", "Dabei berief sich die
    # britische Tageszeitung auf ...")
    ("Nordkorea bereitet laut einem Bericht des US-Senders CNN die Entsendung von zusätzlichen 25'000 bis 30'000 "
     "Soldaten nach Russland vor. Der Sender beruft sich auf eine Einschätzung des ukrainischen "
     "Militärgeheimdienstes.", [(25000, "ukr-government", "usa-cnn", "expected")]),
    ("Laut einem Bericht der „Financial Times“ lieferte Nordkorea 50 selbstfahrende Haubitzen an Russland. Dabei "
     "berief sich die britische Tageszeitung auf den ukrainischen Geheimdienst.",
     [(50, "ukr-government", "gbr-ft", "asserted")]),
    # a total that follows from the source's count, in the sentence right after it
    ("Nach Angaben des südkoreanischen Militärs hat Nordkorea mindestens 3.000 weitere Soldaten nach Russland "
     "geschickt. Damit steigt die Gesamtzahl der entsandten Nordkoreaner auf etwa 11.000.",
     [(3000, "kor-military", None, "asserted"), (11000, "kor-military", None, "asserted")]),
])
def test_session_20_relays(text, expected):
    assert [(r.quantity, r.claimant_id, r.via_id, r.modality) for r in _numeric(text, "2025-06")] == expected


def test_british_soldiers_are_not_north_koreans():
    assert _numeric("Großbritannien schickt 500 britische Soldaten nach Estland, Nordkorea Truppen nach Russland.",
                    "2025-06") == []


# --- session 21 ----------------------------------------------------------------------------------

def test_list_without_marks_after_a_colon_is_its_sources():
    text = ("Wie viele Nordkoreaner sind gefallen?\n\nDie Angaben des südkoreanischen Geheimdienstes NIS im "
            "Zeitverlauf:\nDezember 2024: mindestens 100 Tote, knapp 1.000 Verwundete\nJänner 2025: 300 Tote\n\n"
            "Der Kreml schweigt.")
    got = [(r.quantity, r.casualty_type, r.claimant_id) for r in _numeric(text, "2025-09")]
    assert got == [(100, "killed", "kor-nis"), (1000, "wounded", "kor-nis"), (300, "killed", "kor-nis")]


def test_label_line_without_a_colon_line_before_is_no_list_item():
    from nkru_data.extract.sentences import is_list_item
    text = "Nordkorea schickt Truppen.\nDezember 2024: mindestens 100 Tote"
    assert not is_list_item(text, text.index("Dezember"))
    text = "Die Zahlen:\nDezember 2024: mindestens 100 Tote\nJänner 2025: 300 Tote"
    assert is_list_item(text, text.index("Dezember")) and is_list_item(text, text.index("Jänner"))


@pytest.mark.parametrize("text, expected", [
    # a second speaker after a semicolon: the General Staff in Kyiv, not the president before it
    ("Präsident Wolodymyr Selenskyj sprach von beinahe 4.000 getöteten oder verwundeten Nordkoreanern; ein Sprecher "
     "des Generalstabs in Kiew nannte wenig später sogar „weit über 5.000 Verluste“.",
     [(4000, "ukr-president"), (5000, "ukr-government")]),
    # "Er selbst hält ... für die plausibelste Größe": the person just quoted, in his own estimate
    ("Nordkoreas Verluste sind unklar. „Jeder zählt, was er sieht“, sagt Park Ji-hoon vom Korea Institute for "
     "Defense Analyses (KIDA). Er selbst hält an die 1.500 Tote für die plausibelste Größe.", [(1500, "kor-kida")]),
    # an army's size: nobody counting, so nothing to carry into the journalist's own sum
    ("Nordkoreas Volksarmee zählt rund 1,2 Millionen aktive Soldaten. Unterm Strich dürften derzeit zwischen 11.000 "
     "und 14.000 Nordkoreaner in Russland kämpfen.", [(11000, "xxx-unattributed")]),
])
def test_session_21_who_speaks(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-06")] == expected


@pytest.mark.parametrize("text, expected", [
    # soldiers sent to Russia, in an article that named North Korea, though the last sentences did not
    ("Nordkorea hat Truppen nach Kursk geschickt, laut Pentagon 11.000 Soldaten. Der Kreml schweigt. Moskau ebenso. Neu ist eine "
     "zweite Welle. Seit Januar seien 3.000 weitere Soldaten nach Russland verlegt worden.",
     [("deployments", 11000), ("deployments", 3000)]),
    # an age in apposition does not end what the number counts
    ("Zwei nordkoreanische Soldaten, 20 und 26 Jahre alt, sind seit Januar in ukrainischer Kriegsgefangenschaft.",
     [("casualties", 2)]),
    # a model name standing for its missiles
    ("Bis Ende 2024 habe Russland mehr als 60 nordkoreanische KN-23 auf ukrainische Städte abgefeuert, teilte die "
     "ukrainische Luftwaffe mit.", [("deliveries", 60)]),
    # a count word without its noun: the things named first just before
    ("Nordkorea liefert auch Mehrfachraketenwerfer. Der Werfer verschießt Raketen vom Kaliber 240 Millimeter aus 22 "
     "Rohren. Auch davon habe Pjöngjang 120 Stück geliefert, so Budanow.", [("deliveries", 120)]),
])
def test_session_21_counts(text, expected):
    assert [(r.__table__, r.quantity) for r in _numeric(text, "2025-06")] == expected


def test_count_word_takes_the_kind_named_first():
    recs = _numeric("Nordkorea liefert auch Mehrfachraketenwerfer. Der Werfer verschießt Raketen vom Kaliber 240 "
                    "Millimeter. Auch davon habe Pjöngjang 120 Stück geliefert.", "2025-06")
    assert [(r.quantity, r.item_category) for r in recs] == [(120, "rocket_launchers")]


@pytest.mark.parametrize("text, expected", [
    # "die Autoren": of the body the report is by, not of a panel named in passing in a relative clause
    ("Das Multilaterale Sanktionsüberwachungsteam (MSMT), das elf Staaten nach dem Aus für das UN-Expertengremium "
     "gegründet haben, hat seinen ersten Bericht vorgelegt. Mehr als eine Million Barrel Erdölprodukte habe Russland "
     "nach Nordkorea verschifft, schreiben die Autoren.", [(1000000, "int-msmt")]),
    # an estimate's result with the participle at the clause's end: "war ... auf ... gekommen"
    ("Russland lieferte Öl an Nordkorea. Das Londoner Open Source Centre war schon im November auf über eine Million "
     "Barrel gekommen.", [(1000000, "gbr-osc")]),
])
def test_session_21_bodies(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-06")] == expected


@pytest.mark.parametrize("text, expected", [
    # a day between the count and its verb ("zwischen dem 20. und 22. Dezember") does not end what it counts
    ("Die Spezialkräfte haben nach eigenen Angaben knapp 50 nordkoreanische Soldaten getötet. 47 weitere seien "
     "zwischen dem 20. und 22. Dezember verwundet worden, teilte die Einheit mit.",
     [(50, "killed"), (47, "wounded")]),
    # "ausgefallen" right after the people counted: killed or wounded
    ("Seit Dezember dürften insgesamt mindestens 3500 Nordkoreaner ausgefallen sein.", [(3500, "killed_or_wounded")]),
    # "die Zahl" without a noun: the count just given, here of the dead
    ("Nordkoreas Truppen kämpfen in Kursk: rund 11.000 Soldaten. Der NIS geht inzwischen von rund 2000 Gefallenen aus. "
     "Im Frühjahr hatte die Behörde die Zahl noch auf etwa 600 beziffert.",
     [(11000, None), (2000, "killed"), (600, "killed")]),
])
def test_session_21_casualties(text, expected):
    assert [(r.quantity, getattr(r, "casualty_type", None)) for r in _numeric(text, "2025-06")] == expected


@pytest.mark.parametrize("text, expected", [
    # a joint estimate with a hyphenated adjective: one claim per source
    ("Nach südkoreanischen und US-amerikanischen Schätzungen hat Nordkorea rund 11.000 Soldaten nach Russland "
     "entsandt.", [(11000, "kor-government", None), (11000, "usa-government", None)]),
    # a lawmaker named without his country passes on the NIS's briefing
    ("Nordkorea schickte Truppen. Rund 4700 Nordkoreaner seien getötet oder verwundet worden. Das berichtete der "
     "Abgeordnete Lee Seong Kweun nach einer Unterrichtung durch den NIS.", [(4700, "kor-nis", "kor-lawmakers")]),
    # the president passing on "the military intelligence service": his country's
    ("In einem Telegram-Beitrag schrieb Selenskyj, Kim Jong Un könne nach Einschätzung des Militärgeheimdienstes bis "
     "zu 40 000 weitere Soldaten nach Russland schicken.", [(40000, "ukr-government", None)]),
])
def test_session_21_sources(text, expected):
    assert [(r.quantity, r.claimant_id, r.via_id) for r in _numeric(text, "2025-06")] == expected


def test_dürften_is_possible():
    recs = _numeric("Unterm Strich dürften derzeit rund 14.000 Nordkoreaner in Russland kämpfen.", "2025-06")
    assert [(r.quantity, r.modality) for r in recs] == [(14000, "possible")]


@pytest.mark.parametrize("text, expected", [
    # killed or wounded, though the words come a little after "von ihnen seien"
    ("Mehr als dreitausend nordkoreanische Soldaten kämpfen in Kursk. Mehr als dreitausend von ihnen seien in der "
     "russischen Grenzregion Kursk getötet oder verwundet worden, sagte Präsident Selenskyj.",
     [("deployments", 3000, None), ("casualties", 3000, "killed_or_wounded")]),
    # a capacity per container, without an article: no delivery
    ("Nordkorea liefert Munition. Das südkoreanische Verteidigungsministerium rechnet pro 20-Fuß-Container mit 300 "
     "bis 500 Schuss.", []),
    # people sent home or fled to the South are no deployment
    ("Nordkoreanische Arbeiter in Russland: Russland hatte damals nach eigenen Angaben rund 30'000 Nordkoreaner "
     "zurückgeschickt.", []),
    ("Nordkorea schickt Soldaten. Seit dem Ende des Koreakriegs sind rund 34.000 Nordkoreaner in den Süden geflohen.",
     []),
])
def test_session_21_what_is_counted(text, expected):
    got = [(r.__table__, r.quantity, getattr(r, "casualty_type", None)) for r in _numeric(text, "2025-06")]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # two speakers in one sentence: each number takes the one whose clause names it before the number
    ("Nordkorea schickt Soldaten. Der britische Militärgeheimdienst kam auf mehr als 6.000 Tote und Verwundete, "
     "Selenskyj hatte bereits im Januar von „fast 4000“ getöteten oder verwundeten Nordkoreanern gesprochen.",
     [(6000, "gbr-mod"), (4000, "ukr-president")]),
    # a timeline's line: a date, a dash, then the speaker before a colon
    ("Chronologie\n\n1. November 2024 – Nordkoreas UN-Botschafter Kim Song weist Berichte als „haltlose Gerüchte“ "
     "zurück.\n\n23. Dezember 2024 – Selenskyj: Mehr als 3000 Nordkoreaner seien in Kursk getötet oder verwundet "
     "worden.", [(3000, "ukr-president")]),
    # "schreiben sie in einer Studie": the pronoun is the speaker named before, the study theirs
    ("Nordkorea liefert Werfer. Fachleute des Londoner Royal United Services Institute (RUSI) halten das für eine "
     "Momentaufnahme: Inzwischen dürfte die Zahl der gelieferten Werfer bei etwa 200 liegen, schreiben sie in einer "
     "aktuellen Studie.", [(200, "gbr-rusi")]),
])
def test_session_21_speakers_in_place(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-06")] == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab .\n!?Dlaut", max_size=120))
def test_one_scan_finds_what_a_search_per_sentence_finds(text):
    # including patterns whose look-ahead reads past a sentence's end and matches that run across sentences
    from nkru_data.extract.sentences import first_match, matches_by_sentence, split_sentences
    sentences = split_sentences(text)
    for pattern in (re.compile(r"laut"), re.compile(r"a(?=b)"), re.compile(r"a(?!b)"), re.compile(r"b[ .]+D")):
        scanned = matches_by_sentence(pattern, text, sentences)
        for s, found in zip(sentences, scanned):
            got = first_match(found, pattern, text, s.start, s.end)
            want = pattern.search(text, s.start, s.end)
            assert (got and got.span()) == (want and want.span())


# --- session 22 ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a body named with its capital after it, in the genitive or as a bare apposition
    ("Das Verteidigungsministerium Seoul teilte mit, rund 3000 weitere nordkoreanische Soldaten seien nach Russland "
     "verlegt worden.", [(3000, "kor-mnd")]),
    ("Seouls Außenministerium teilte mit, rund 3000 nordkoreanische Soldaten seien nach Russland verlegt worden.",
     [(3000, "kor-mofa")]),
    ("Der Geheimdienst Seouls teilte mit, rund 3000 nordkoreanische Soldaten seien nach Russland verlegt worden.",
     [(3000, "kor-nis")]),
    # a role word followed by a country in the genitive is that country's body (cues.yaml country_roles)
    ("Der Geheimdienst Kiews teilte mit, rund 3000 nordkoreanische Soldaten seien nach Russland verlegt worden.",
     [(3000, "ukr-government")]),
    ("Das Verteidigungsministerium Japans teilte mit, rund 3000 nordkoreanische Soldaten seien in Russland.",
     [(3000, "jpn-mod")]),
    # "Das" opening the next paragraph points back only as a pronoun, not as the article of a new speaker
    ("Nach Zählung unserer Redaktion sind mindestens 600 nordkoreanische Soldaten gefallen.\n\n"
     "Das Außenministerium in Seoul erklärte, die Lage an der Grenze sei ruhig.", [(600, "xxx-unattributed")]),
    ("Nach Zählung unserer Redaktion sind mindestens 600 nordkoreanische Soldaten gefallen.\n\n"
     "Das südkoreanische Militär erklärte am Montag, die Lage an der Grenze sei ruhig.", [(600, "xxx-unattributed")]),
    ("Nordkorea hat mindestens 600 Soldaten verloren.\n\nDas teilte das Außenministerium in Seoul mit.",
     [(600, "kor-mofa")]),
])
def test_session_22_bodies_and_back_references(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-06")] == expected


@pytest.mark.parametrize("text, expected", [
    # a forward cue followed by a finite verb has no source of its own: the country after the verb is the subject
    ("Nach Angaben des NIS kämpfen Nordkoreaner in Kursk. Nach weiteren Angaben erhielt Nordkorea im Gegenzug "
     "Startgeräte. Es wird zudem davon ausgegangen, dass etwa 15.000 nordkoreanische Arbeitskräfte nach Russland "
     "entsandt wurden.", [(15000, "kor-nis")]),
    # "ein Sprecher des Geheimdienstes HUR": later "der Sprecher" / "dem Sprecher zufolge" is that body
    ("Bis zu 12.000 Nordkoreaner sollten beschäftigt werden, sagte ein Sprecher des Geheimdienstes HUR am Dienstag."
     "\n\nDie Zusammenarbeit läuft dem Sprecher zufolge auch in die andere Richtung. Nordkorea habe mindestens 40 "
     "Drohnen aus russischer Produktion erhalten.\n\nBereits jetzt arbeiteten dort knapp 1.000 Nordkoreaner, so der "
     "Sprecher.", [(12000, "ukr-government"), (40, "ukr-government"), (1000, "ukr-government")]),
    ("Im Juni erklärte die russische Militärführung, dass Nordkorea weitere 6.000 Soldaten nach Russland schicken "
     "werde.", [(6000, "rus-government")]),
])
def test_session_22_who_speaks(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-06")] == expected


@pytest.mark.parametrize("text, expected", [
    # "die Zahl nordkoreanischer Soldaten": a count named before its number, without an article
    ("Die USA gehen davon aus, dass die Zahl nordkoreanischer Soldaten in Russland insgesamt bei 11.000 bis 12.000 "
     "liegen könne.", [("deployments", 11000, "troops")]),
    ("Nordkorea schickt Soldaten. Berichten zufolge sollen darunter auch 1.000 Minenräumspezialisten sein.",
     [("deployments", 1000, "engineers")]),
    ("Die Zahl ukrainischer Angriffe lag bei 300. Nordkorea schickt Soldaten.", []),
])
def test_session_22_what_is_counted(text, expected):
    got = [(r.__table__, r.quantity, getattr(r, "personnel_type", None) and r.personnel_type.value)
           for r in _numeric(text, "2025-06")]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # an agency listed with a body (adjectives between) is a source of its own, not the body's intermediary
    ("Nach Angaben von Reuters und des unabhängigen britischen Open Source Centre (OSC) gab es 64 Lieferungen mit "
     "fast 15.809 Containern für Russland aus Nordkorea.", [(15809, "gbr-reuters", None), (15809, "gbr-osc", None)]),
    ("Nordkorea hat laut Reuters unter Berufung auf das Open Source Centre 15.809 Container nach Russland geliefert.",
     [(15809, "gbr-osc", "gbr-reuters")]),
    # "beruht auf Berichten, dass ...": hearsay, whoever spoke before
    ("Das ISW schätzt, dass Nordkorea 300.000 Granaten an Russland geliefert hat. Die Berechnung beruht auf Berichten, dass Nordkorea 1.000 "
     "Container nach Russland verschifft habe.", [(300000, "usa-isw", None), (1000, "xxx-unattributed", None)]),
    ("Der leitende Forscher des Staatlichen Instituts für Wiedervereinigung, Cho Han-bum, sagte, zwischen 300 und 400 "
     "nordkoreanische Arbeiter seien in Wladiwostok angekommen.", [(300, "kor-kinu", None)]),
])
def test_session_22_joint_and_hearsay(text, expected):
    assert [(r.quantity, r.claimant_id, r.via_id) for r in _numeric(text, "2025-06")] == expected


def test_session_22_a_model_name_between_number_and_noun():
    text = ("Budanow gab bekannt, dass Kim Jong-un Moskau bereits mindestens 120 dieser Koksan-Haubitzen und weitere "
            "120 M1991 Mehrfachraketenwerfer bereitgestellt hat.")
    got = [(r.quantity, r.item_category.value) for r in _numeric(text, "2025-06")]
    assert got == [(120, "artillery"), (120, "rocket_launchers")]


def test_session_22_a_fact_box_under_section_headings():
    # blank lines between the intro, the section headings and the "label: value (source)" lines
    text = ("Nordkoreas Beitrag zu Russlands Krieg\n\nWie groß ist Nordkoreas Anteil? Eine Übersicht der wichtigsten "
            "Angaben, jeweils mit Quelle:\n\nPERSONAL\n\nSoldaten: rund 14.000 (südkoreanischer Geheimdienst NIS)\n\n"
            "LIEFERUNGEN AN RUSSLAND\n\nArtilleriegranaten: mehr als 12 Millionen (südkoreanischer Generalstab)\n"
            "Ballistische Raketen: mindestens 250 (ukrainischer Militärgeheimdienst HUR)\n\nLIEFERUNGEN AN NORDKOREA\n\n"
            "Erdöl: über 1 Million Barrel seit März 2024 (Open Source Centre, London)\n\nZUM VERGLEICH\n\n"
            "Einwohner: rund 26 Millionen\nEntfernung Pjöngjang–Kursk: rund 6.500 Kilometer")
    got = [(r.__table__, r.quantity, r.claimant_id) for r in _numeric(text, "2026-03")]
    assert got == [("deployments", 14000, "kor-nis"), ("deliveries", 12000000, "kor-military"),
                   ("deliveries", 250, "ukr-government"), ("deliveries", 1000000, "gbr-osc")]


@pytest.mark.parametrize("text, expected", [
    # reported speech in the subjunctive carries the source of the sentences before ("rechne man")
    ("Derzeit seien rund 10.000 Nordkoreaner in Russland stationiert, teilte der NIS am Dienstag mit. Mindestens "
     "2.500 Soldaten seien gefallen. Für das Jahresende rechne man mit einer neuen Rotation, bei der weitere 5.000 "
     "Mann verlegt werden sollten.", [(10000, "kor-nis"), (2500, "kor-nis"), (5000, "kor-nis")]),
    # "in ukrainischem Gewahrsam" is captured; the coordination staff for prisoners of war is Ukraine's
    ("Nach Angaben des ukrainischen Koordinierungsstabs für die Behandlung von Kriegsgefangenen befinden sich derzeit "
     "zwei nordkoreanische Soldaten in ukrainischem Gewahrsam.", [(2, "ukr-government")]),
])
def test_session_22_carried_and_held(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2026-03")] == expected


@pytest.mark.parametrize("text, expected", [
    # a correction note's withdrawn figure is no claim, nor its restatement of the right one
    ("Bis zu 12.000 Nordkoreaner sollten in Alabuga beschäftigt werden, sagte ein Sprecher des HUR.\n\nKorrektur: In "
     "einer früheren Fassung dieses Artikels hieß es, Russland wolle 120.000 nordkoreanische Arbeiter nach Alabuga "
     "holen. Richtig ist, wie nun im ersten Absatz, die Zahl von bis zu 12.000.", [12000]),
    # a strike's victims: a child among them puts the sentence out of scope
    ("Nordkorea schickt Soldaten. In Charkiw wurden vier Menschen getötet, darunter ein neunjähriges Kind, mehr als "
     "30 wurden verletzt.", []),
    # people on a sanctions list are not sent anywhere
    ("Die EU hat ihr 20. Sanktionspaket beschlossen. Auf der Liste stehen 27 Personen und 14 Organisationen, darunter "
     "drei Offiziere der nordkoreanischen Volksarmee.", []),
])
def test_session_22_not_claims(text, expected):
    assert [r.quantity for r in _numeric(text, "2026-04")] == expected


@pytest.mark.parametrize("text, expected", [
    ("Es gebe keinerlei Pläne, 30.000 nordkoreanische Soldaten zu schicken, erklärte ein Sprecher des "
     "Außenministeriums in Pjöngjang.", [(30000, "prk-government")]),
    # "die Autoren": of the bodies named before, the one named as the report's author, not the panel it replaced
    ("Das geht aus dem Bericht des Multilateralen Sanktionsüberwachungsteams (MSMT) hervor. Die Gruppe hatte 2024 die "
     "Arbeit des UN-Expertengremiums übernommen. Nach Einschätzung der Autoren hat Nordkorea mindestens 100 "
     "ballistische Raketen an Russland geliefert.", [(100, "int-msmt")]),
])
def test_session_22_bodies_named_by_role(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2026-04")] == expected


@pytest.mark.parametrize("text, expected", [
    # "heißt es in Kiew", "hieß es aus Seoul": the capital's government speaks, it is no place there
    ("So könnte Nordkorea weitere 30.000 Soldaten entsenden, heißt es in Kiew.", [(30000, "ukr-government")]),
    ("Nordkorea habe 3000 weitere Soldaten entsandt, hieß es aus Seoul.", [(3000, "kor-government")]),
    # (a country named as the place of something else stays a place)
    ("Nordkorea habe 3000 Soldaten entsandt, hieß es in einem Bericht über die Lage in Kiew.", [(3000, "xxx-unattributed")]),
])
def test_session_22_said_in_a_capital(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2026-04")] == expected


# --- session 23 ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # "der Offizier" stands for the person introduced as "ein hochrangiger Vertreter des ...", and his source
    # carries into the next paragraph with "fuhr er fort"
    ("Mehr als sechs Millionen Granaten hat Nordkorea geliefert, sagte ein hochrangiger Vertreter des ukrainischen "
     "Militärgeheimdienstes HUR. Pjöngjang decke damit 40 Prozent des Bedarfs, sagte der Offizier.\n\n"
     "Allein seit Januar seien es 2,3 Millionen Schuss gewesen, fuhr er fort.",
     [(6000000, "ukr-government"), (2300000, "ukr-government")]),
    # "die Forschungsgruppe" is the centre named before; "das Gremium" the MSMT, not the UN panel named in a
    # clause of time ("nachdem Russland die Expertengruppe der Vereinten Nationen beendet hatte")
    ("Satellitenbilder, die das Londoner Open Source Centre ausgewertet hat, zeigen Tanker. Nach den Berechnungen der "
     "Forschungsgruppe hat Russland Nordkorea mehr als eine Million Barrel Öl geliefert.",
     [(1000000, "gbr-osc")]),
    ("Zu einem ähnlichen Ergebnis kommt das Multilaterale Sanktionsüberwachungsteam (MSMT), in dem sich elf Staaten "
     "zusammengeschlossen haben, nachdem Russland die Expertengruppe der Vereinten Nationen per Veto beendet hatte. "
     "In seinem ersten Bericht schreibt das Gremium von mehr als 100 ballistischen Raketen, die Nordkorea an "
     "Russland übergeben habe.", [(100, "int-msmt")]),
])
def test_session_23_bodies_named_by_role(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2026-02")] == expected


@pytest.mark.parametrize("text, expected", [
    # an expert named with her role and her institute: her interview answers are the institute's
    ("Ein Gespräch mit Katharina Wendt, Sicherheitsexpertin der Stiftung Wissenschaft und Politik (SWP).\n\n"
     "Frau Wendt, wie viele nordkoreanische Soldaten sind in Russland?\n\n"
     "Wendt: Wir gehen von 10.000 bis 12.000 Mann aus.", [(10000, "deu-swp")]),
    # (the role before the name is no part of it: "Die Forscherin Choi Eun-young vom KINU" is Choi of the KINU)
    ("Die Forscherin Choi Eun-young vom Korea Institute for National Unification (KINU) über Rotationen.\n\n"
     "Frau Choi, wie viele Nordkoreaner sind in Russland?\n\n"
     "Wir schätzen, dass sich zurzeit zwischen 10.000 und 15.000 nordkoreanische Soldaten in Russland aufhalten.",
     [(10000, "kor-kinu")]),
])
def test_session_23_experts_and_their_institutes(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-12")] == expected


def test_session_23_a_quotation_after_its_speaker():
    # a sentence in quotation marks right after the sentence naming its speaker is the speaker's
    text = ("Der ukrainische Präsident Wolodymyr Selenskyj warf Pjöngjang vor, zum Komplizen zu werden. "
            "\"Mehr als zwölf Millionen Granaten hat Nordkorea schon geliefert, jetzt folgen Arbeiter.\"")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-06")] == [(12000000, "ukr-president")]
    # (a quotation that closed before the number's sentence is over)
    text = ("Selenskyj warf Pjöngjang vor, zum Komplizen zu werden. „Das ist ein Skandal.“ "
            "Nordkorea hat seither 3000 Soldaten entsandt.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-06")] == [(3000, "xxx-unattributed")]


def test_session_23_fact_box_sources():
    text = ("Nordkoreas Krieg in Russland: die Zahlen\n\nVerluste\n\n"
            "Mindestens 2.000 Gefallene – diese Zahl nannte der NIS im September gegenüber dem Parlament.\n"
            "Verwundete: ca. 4.000 (gleiche Quelle).\n\n"
            "Munition\n\n"
            "Bis zu 12 Millionen Artilleriegranaten: Schätzung des südkoreanischen Generalstabs, Stand Herbst 2025.\n"
            "Artillerie: rund 200 weitreichende Geschütze, darunter Koksan-Haubitzen (170 mm). Quelle: "
            "südkoreanisches Verteidigungsministerium.\n")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2026-03")] == [
        (2000, "kor-nis"), (4000, "kor-nis"), (12000000, "kor-military"), (200, "kor-mnd")]
    # a credit line names no source of the claims before it
    text = "Nordkorea hat 3000 weitere Soldaten nach Russland geschickt. Quelle: dpa"
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2026-03")] == [(3000, "xxx-unattributed")]


@pytest.mark.parametrize("text, expected", [
    # "nach russischen Angaben" is as vague as "Moskau": the body named in the next sentence is the source
    ("Nordkorea schickt nach russischen Angaben 1.000 Minen-Entschärfer in das Gebiet Kursk. Das teilte der Sekretär "
     "des russischen nationalen Sicherheitsrats, Sergej Schoigu, nach Gesprächen in Pjöngjang mit.",
     [(1000, "rus-security-council")]),
    # a lead of one sentence and the paragraph after it naming the body
    ("Nordkorea schickt eine Million Geschosse an Russland\n\n"
     "Nordkorea hat laut südkoreanischen Angaben eine Million Artilleriegeschosse an Russland geliefert.\n\n"
     "Der südkoreanische Geheimdienst NIS berichtete dem Geheimdienstausschuss von zehn Lieferungen.",
     [(1000000, "kor-nis")]),
    # reported speech going on about the sentence before, with its source ("Sie sollen ..., teilte ... mit")
    ("Nordkorea schickt rund 5000 Bausoldaten nach Russland. Sie sollen das Gebiet Kursk wiederaufbauen, teilte der "
     "Sekretär des russischen Nationalen Sicherheitsrats mit.", [(5000, "rus-security-council")]),
])
def test_session_23_sources_named_after_the_claim(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-06")] == expected


def test_session_23_a_list_of_counts_shares_its_verb():
    recs = _numeric("Jetzt will Pjöngjang 1.000 Minen-Entschärfer und rund 5.000 Soldaten für Wiederaufbauarbeiten "
                    "nach Kursk entsenden, so Sergej Schoigu.", "2025-06")
    assert [(r.quantity, r.personnel_type.value, r.modality.value, r.status.value) for r in recs] == [
        (1000, "engineers", "expected", "planned"), (5000, "troops", "expected", "planned")]
    # (two clauses, two verbs: the second count is what happened)
    recs = _numeric("Pjöngjang will 1.000 Pioniere entsenden und hat bereits 5.000 Soldaten geschickt.", "2025-06")
    assert [(r.quantity, r.modality.value) for r in recs] == [(1000, "expected"), (5000, "asserted")]


@pytest.mark.parametrize("text, expected", [
    # Ukraine's prosecutors "nach eigenen Angaben"
    ("Ukrainische Staatsanwälte haben nach eigenen Angaben Trümmer von 21 der rund 50 nordkoreanischen ballistischen "
     "Raketen untersucht, die von Russland abgeschossen wurden.", [(50, "ukr-government")]),
    # "wie erwartet" is no verb of saying, and rumours doing the rounds name nobody
    ("Als nordkoreanische Soldaten die russische Armee zu unterstützen begannen, machten schnell Berichte die Runde: "
     "Sie seien nicht so gut ausgebildet wie erwartet, 3000 seien schon gefallen.", [(3000, "xxx-unattributed")]),
])
def test_session_23_more_sources(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-06")] == expected


# --- session 24 ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a country as the subject of its own verb of saying speaks as its government, whichever body comes next
    ("Südkorea hatte am Freitag mitgeteilt, Nordkorea habe 1500 Soldaten nach Russland verlegt. Laut südkoreanischem "
     "Geheimdienst absolvieren sie ein Training im Osten Russlands.", [(1500, "kor-government")]),
    # ("nach südkoreanischen Angaben" still leaves the source to the next sentence)
    ("Nordkorea hat nach südkoreanischen Angaben 1500 Soldaten nach Russland verlegt. Der Geheimdienst NIS "
     "berichtete dem Parlament von einem Training im Osten Russlands.", [(1500, "kor-nis")]),
    # a country describing its agency is no source of its own
    ("So sollen weitere 1.000 nordkoreanische Pioniere nach Russland verlegt worden sein, berichtete Südkoreas amtliche "
     "Nachrichtenagentur Yonhap.", [(1000, "kor-yonhap")]),
    # an adjective opening the sentence
    ("Südkoreanischen Schätzungen zufolge hat Nordkorea rund 15 000 Soldaten nach Russland entsandt.",
     [(15000, "kor-government")]),
    ("Nach Angaben des Westens wurden rund 10.000 nordkoreanische Soldaten nach Russland geschickt.",
     [(10000, "xxx-western-officials")]),
    ("Die Zahl der nordkoreanischen Truppen in Russland sei auf 11.000 gestiegen, wie ein hochrangiger südkoreanischer "
     "Präsidialbeamter sagte.", [(11000, "kor-presidential-office")]),
    ("US-Außenminister Antony Blinken hatte zuletzt damit gerechnet, dass sich rund 8.000 nordkoreanische Soldaten "
     "in Kursk befinden.", [(8000, "usa-state-department")]),
    # a report named by its author
    ("In einem früheren Bericht des US-Geheimdienstes war von mindestens drei Millionen Granaten die Rede, die "
     "Nordkorea an Russland geliefert haben soll.", [(3000000, "usa-government")]),
])
def test_session_24_who_speaks(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-06")] == expected


def test_session_24_sources_named_before():
    # the pronoun after the auxiliary of a verb of saying at the clause's end, and "Den Angaben zufolge" three
    # sentences on
    text = ("Schätzungsweise 2.000 nordkoreanische Soldaten starben im Krieg.\n\nDas gab der südkoreanische "
            "Geheimdienst in Seoul bekannt. Im April war er noch von mindestens 600 getöteten Nordkoreanern "
            "ausgegangen. Nordkorea hatte im vergangenen Jahr mehr als 10.000 Soldaten nach Russland entsandt. "
            "Den Angaben zufolge plant Pjöngjang nun, weitere 6.000 Soldaten zu schicken.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-09")] == [
        (2000, "kor-nis"), (600, "kor-nis"), (10000, "xxx-unattributed"), (6000, "kor-nis")]
    # (with an author named, "den Angaben" are that author's, not the source before)
    text = ("Das gab der südkoreanische Geheimdienst bekannt. Nach den Angaben der Ukraine hat Nordkorea 3000 "
            "Soldaten verloren.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-09")] == [(3000, "ukr-government")]


def test_session_24_a_pronoun_goes_on_with_the_speaker_named_after_it():
    text = ("Mehr als eine Million Granaten hat Russland bereits von Nordkorea erhalten. Es wird sie über mehr als zwei "
            "Monate verwenden können, sagt Yoo Sang-bum, ein Mitglied des parlamentarischen Geheimdienstausschusses.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2023-11")] == [(1000000, "kor-nis")]


def test_session_24_one_claim_from_a_country_and_its_body():
    # the lead's "laut südkoreanischen Angaben" and the body's NIS: one claim, the body's
    text = ("Laut südkoreanischen Angaben hat Nordkorea eine Million Artilleriegeschosse an Russland geliefert. "
            "Die Lieferungen begannen im August.\n\nDer Abgeordnete Yoo Sang Bum sagte nach einem Briefing des "
            "Geheimdienstes NIS, dass „mehr als eine Million Artilleriegeschosse übergeben wurden“.")
    recs = _numeric(text, "2023-11")
    assert [(r.quantity, r.quantity_qualifier.value, r.claimant_id) for r in recs] == [(1000000, "more_than", "kor-nis")]
    # (two countries: two claims)
    text = ("Laut ukrainischen Angaben hat Nordkorea eine Million Artilleriegeschosse an Russland geliefert. Der "
            "südkoreanische Geheimdienst NIS spricht ebenfalls von einer Million Artilleriegeschossen.")
    assert sorted(r.claimant_id for r in _numeric(text, "2023-11")) == ["kor-nis", "ukr-government"]


@pytest.mark.parametrize("text", [
    # a stockpile
    "Nordkorea liefert Granaten an Russland. Insgesamt soll Nordkorea bis zu zehn Millionen Artilleriegranaten "
    "gelagert haben.",
    # civilians hurt by North Korean missiles, the second count without its noun
    "„Die russischen Truppen haben mehr als 20 dieser nordkoreanischen Raketen auf die Ukraine abgefeuert“, dabei "
    "seien mindestens 24 Zivilpersonen getötet und mehr als hundert verletzt worden.",
])
def test_session_24_not_claims(text):
    assert [(r.quantity, r.rule_id) for r in _numeric(text, "2025-06") if r.quantity in (10000000, 100)] == []


@pytest.mark.parametrize("text, expected", [
    # whose soldiers, by a possessive after "von"
    ("Laut ukrainischen Angaben seien fast 5.000 von Kims Soldaten in Kursk gefallen.", [(5000, "killed")]),
    # a place with its adjective inside the attribute, and a place naming no nationality
    ("Der ukrainische Geheimdienst meldete, bei Kämpfen in Kursk seien mindestens 30 auf russischer Seite kämpfende "
     "nordkoreanische Soldaten getötet oder verletzt worden.", [(30, "killed_or_wounded")]),
    ("Die Gesamtzahl der in der russischen Grenzregion Kursk stationierten Nordkoreaner gab der NATO-Beamte mit rund "
     "11.000 an.", [(11000, None)]),
])
def test_session_24_what_the_number_counts(text, expected):
    assert [(r.quantity, getattr(getattr(r, "casualty_type", None), "value", None))
            for r in _numeric(text, "2025-04")] == expected


def test_session_24_a_joint_source_and_the_one_named_after():
    text = ("Seit Nordkorea dem südkoreanischen Geheimdienst NIS und den Ukrainern zufolge begann, bis zu 12 000 "
            "Soldaten nach Russland zu schicken, gibt es hohe Verluste. Beim Einsatz in Kursk sollen bereits mehr als "
            "2700 von ihnen verletzt und mindestens 300 getötet worden sein. Das jedenfalls schätzt der NIS in einem "
            "Briefing für das Parlament.")
    recs = _numeric(text, "2025-01")
    assert sorted((r.quantity, type(r).__name__, r.claimant_id) for r in recs) == [
        (300, "Casualty", "kor-nis"), (2700, "Casualty", "kor-nis"),
        (12000, "Deployment", "kor-nis"), (12000, "Deployment", "ukr-government")]


def test_session_24_victims_of_a_strike_counted_without_a_noun():
    text = ("Nordkorea liefert Raketen an Russland. Bei einem russischen Raketenangriff auf Kiew kam nach Angaben der "
            "Stadtverwaltung ein Mensch ums Leben, neun weitere wurden verletzt.")
    assert _numeric(text, "2025-01") == []


# --- session 25 ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a role word right before another named outlet is that outlet ("die Zeitung JoongAng Ilbo"), not the last one
    ("Das sagte der Botschafter der Agentur Interfax. Für die erste Lieferung habe Russland rund 500 Millionen Dollar "
     "an Nordkorea gezahlt, berichtete die Zeitung JoongAng Ilbo.", [(500000000, "kor-joongang")]),
    ("Berichte über 11.000 nordkoreanische Soldaten in Kursk seien frei erfunden, sagte Russlands Botschafter in "
     "Seoul der Nachrichtenagentur Interfax.", [(11000, "rus-embassy-seoul")]),
    # compound words for experts
    ("Nordkorea könnte bis zu 30.000 weitere Soldaten nach Russland schicken. Das schätzt der Militäranalyst Jan "
     "Berger.", [(30000, "xxx-experts")]),
    ("Forschungen von Mira Sorin von der Hankuk University in Seoul schätzen, dass Nordkorea durch Waffengeschäfte "
     "mit Russland bis zu 5,5 Milliarden Dollar verdient hat.", [(5500000000, "xxx-experts")]),
    # the holder of a role, in apposition, speaks, not the role's country
    ("Dabei zog der Verteidigungsminister von Südkorea, Shin Won-sik, Bilanz: Nordkorea habe etwa 6700 Container "
     "nach Russland gesandt.", [(6700, "kor-mnd")]),
    # a Ukrainian regional prosecutor
    ("Russland habe rund 50 nordkoreanische Raketen auf die Ukraine abgefeuert, teilte der Leiter der Charkiwer "
     "Staatsanwaltschaft mit.", [(50, "ukr-government")]),
    # "teile ... mit" (the subjunctive) is a verb of saying, and names the country's source precisely
    ("Die USA erwarten, dass etwa 8.000 nordkoreanische Soldaten bald eingesetzt werden, teile US-Außenminister "
     "Antony Blinken nach einem Treffen der Minister am Donnerstag in Washington mit.", [(8000, "usa-state-department")]),
    # a leader's title and family name: later "Kim" alone is the leader
    ("Staatschef Kim legte einen Kranz nieder. Während der Zeremonie räumte Kim ein, dass neun Soldaten der "
     "Pioniereinheit in Kursk gestorben seien.", [(9, "prk-leader")]),
    # "bekannt gemacht"
    ("Zuvor hatte Sergej Schoigu die Entscheidung Nordkoreas bekannt gemacht, 6.000 Pioniere nach Kursk zu "
     "entsenden.", [(6000, "rus-security-council")]),
])
def test_session_25_who_speaks(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-06")] == expected


def test_session_25_sources_named_elsewhere():
    # a source carried into a new paragraph gives way to the one the next sentence names
    text = ("Der Dienst bestätigte zudem, dass die Ukraine zwei Nordkoreaner gefangen genommen hat. Die Soldaten seien "
            "angewiesen worden, sich selbst zu töten, hieß es.\n\nMehr als 200 Nordkoreaner sollen bei einem Gefecht "
            "getötet worden sein. Das berichtete am Wochenende die Zeitung Ukrainska Prawda.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-01")][-1] == (200, "ukr-pravda")
    # "fügte er hinzu" takes up the speaker a sentence further back, across a paragraph break
    text = ('„Wir gehen davon aus, dass sich rund 8.000 nordkoreanische Soldaten in Kursk befinden“, sagte Kirby. Der '
            'Sprecher äußerte sich am Donnerstag vor Journalisten.\n\n„Insgesamt sprechen wir von 10.000 bis 12.000 '
            'Soldaten, die Nordkorea nach Russland geschickt hat“, fügte er hinzu.')
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2024-10")] == [
        (8000, "usa-government"), (10000, "usa-government")]
    # "Das bedeutet" right after a source's figure is still that source
    text = ("Laut einem Bericht des britischen Verteidigungsministeriums wurden über 6.000 nordkoreanische Soldaten "
            "getötet, verletzt oder vermisst. Das bedeutet, dass etwa die Hälfte der zuvor etwa 11.000 Soldaten aus "
            "Nordkorea ausgefallen ist.")
    rows = _numeric(text, "2025-06")
    assert [(r.quantity, r.claimant_id) for r in rows] == [(6000, "gbr-mod"), (11000, "gbr-mod")]
    # (killed or wounded listed with the missing are losses of any kind)
    assert rows[0].casualty_type == "killed_or_wounded"
    # "Er sagte ..., über das Yonhap berichtete": the speaker before, the agency relays
    text = ("Der Verteidigungsminister Shin Won-sik zog Bilanz. Er sagte bei einem Briefing, über das die "
            "Nachrichtenagentur Yonhap berichtete, Nordkorea habe etwa 6700 Container nach Russland gesandt. Die "
            "Container böten Platz für ungefähr 3 Millionen Granaten, fuhr er fort.")
    assert [(r.quantity, r.claimant_id, r.via_id) for r in _numeric(text, "2024-03")] == [
        (6700, "kor-mnd", "kor-yonhap"), (3000000, "kor-mnd", "kor-yonhap")]
    # "Beide Institutionen": the two named just before, jointly
    text = ('„Newsweek“ stellt fest, dass die Zahlen mit den Analysen des Open Source Centre (OSC) und der '
            'Nachrichtenagentur Reuters übereinstimmen. Beide Institutionen schätzten, dass Nordkorea über 15.800 '
            'Container mit Munition an Russland geliefert hat.')
    assert sorted(r.claimant_id for r in _numeric(text, "2025-05")) == ["gbr-osc", "gbr-reuters"]
    # a country's media at large are refined by a body of that country named next
    text = ("Russland hat laut ukrainischen Medienberichten etwa 50 nordkoreanische Raketen abgefeuert. Das teilte der "
            "Leiter der Charkiwer Staatsanwaltschaft am Donnerstag mit.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2024-02")] == [(50, "ukr-government")]


@pytest.mark.parametrize("text", [
    # modality patterns read past a number with a thousands separator
    "Nordkorea wird nach Angaben des NIS 25.000 Arbeiter nach Russland entsenden.",
    "Schoigu gab die Entscheidung Nordkoreas bekannt, 6.000 Pioniere und militärische Bauarbeiter für den "
    "Wiederaufbau in Kursk zu entsenden.",
    "Nordkorea bereite nach Angaben des NIS die Entsendung von weiteren 5.000 Soldaten vor.",
])
def test_session_25_expected_past_thousands(text):
    assert [r.modality for r in _numeric(text, "2025-06")] == ["expected"]


# --- session 26 ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # the White House's spokesman, not Seoul's presidential office
    ("Binnen einer Woche seien über 1.000 nordkoreanische Soldaten getötet oder verwundet worden, sagte ein Sprecher "
     "des US-Präsidialamts am Montag.", [(1000, "usa-government")]),
    # a country's ambassador at the UN speaks for that country, not for the UN
    ("Der ukrainische UN-Botschafter sagte, dass bis zu 12.000 Nordkoreaner in Russland ausgebildet würden.",
     [(12000, "ukr-government")]),
    # "sagte er": the person the pronoun fits, not the leadership named after him
    ("Am Morgen hatte der ukrainische Präsident Wolodymyr Selenskyj Druck auf die Führung in Pjöngjang verlangt. "
     "„Wir wissen von 6.000 nordkoreanischen Soldaten, die dafür ausgebildet werden“, sagte er.", [(6000, "ukr-president")]),
    # "die Spionageabwehr" after the South Korean one was named
    ("Das erklärte die südkoreanische Spionageabwehr am Freitag.\n\nPjöngjang wolle insgesamt 12.000 Soldaten nach "
     "Russland schicken, meldete die Agentur Yonhap unter Berufung auf die Spionageabwehr.", [(12000, "kor-nis")]),
    # "geschätzt" right before a number is no verb of saying
    ("Moskau wird in Kursk von geschätzt 12.000 nordkoreanischen Soldaten unterstützt.", [(12000, "xxx-unattributed")]),
    # "wies ... darauf hin" with a long subject between
    ("Zugleich wies der langjährige Sicherheitskorrespondent der BBC, Paul Adams, darauf hin, dass rund 11.000 "
     "Soldaten aus Nordkorea nach Kursk geschickt wurden.", [(11000, "gbr-bbc")]),
    # "Südkoreas oberster Spionagedienst"
    ("Pjöngjang hat bisher über eine Million Granaten an Russland geliefert, teilte Südkoreas oberster "
     "Spionagedienst mit.", [(1000000, "kor-nis")]),
    # the one an agency's report says acted is no speaker
    ("Machthaber Kim soll Russland bislang rund eine Million Granaten geliefert haben, berichtet Bloomberg.",
     [(1000000, "usa-bloomberg")]),
    # the subject right after the verb speaks, not whom it told
    ("Offiziell meldete Russland der UN für 2024 lediglich 15.300 Barrel Öl für Nordkorea.", [(15300, "rus-government")]),
])
def test_session_26_who_speaks(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-06")] == expected


def test_session_26_a_service_named_by_its_role_alone():
    # no service and no other country named before: the NIS, as in reports on North Korea
    text = ("Kim Jong Un weihte in Pjöngjang ein Denkmal für die in der Ukraine gefallenen Soldaten ein. Es folgt auf "
            "Schätzungen des Geheimdienstes, wonach über 6.000 Nordkoreaner getötet oder verwundet wurden.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2026-02")] == [(6000, "kor-nis")]
    # another country named before: that country's service, as before
    text = ("Die Ukraine meldet schwere Kämpfe in Kursk. Nach Schätzungen des Geheimdienstes wurden dort über 6.000 "
            "Nordkoreaner getötet oder verwundet.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-02")] == [(6000, "ukr-government")]


def test_session_26_sources_named_elsewhere():
    # a lawmaker reporting after his own visit passes on no briefing of the NIS named before
    text = ("Der Geheimdienst NIS hatte erklärt, Nordkorea habe wohl weitere Truppen entsandt.\n\nDer südkoreanische "
            "Abgeordnete Kim Byung-joo sagte nach seiner Reise nach Kiew, dass etwa 5.000 weitere nordkoreanische "
            "Soldaten nach Russland gebracht worden seien.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-03")][-1] == (5000, "kor-lawmakers")
    # reported speech in the subjunctive, the speaker named at its end
    text = ("Schoigu besuchte am Dienstag Pjöngjang. Er traf Kim Jong Un.\n\nZudem werde Nordkorea 5.000 Bauarbeiter nach Kursk "
            "entsenden. Das sei eine Hilfe unter Freunden. Man werde die Soldaten nicht vergessen, fügte Schoigu "
            "hinzu.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-06")] == [(5000, "rus-security-council")]
    # "dem Bericht zufolge" is the report's author, not the source the sentence before named
    text = ("Das MSMT teilte am Donnerstag in seinem zweiten Bericht mit, Russland habe Pjöngjang Flugabwehrsysteme "
            "geliefert.\n\nLaut südkoreanischen Quellen sind über "
            "11.000 Nordkoreaner in Kursk. Zudem sind dem Bericht zufolge über 20.000 Container nach Russland "
            "gelangt.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-06")] == [
        (11000, "kor-government"), (20000, "int-msmt")]


def test_session_26_carried_lawmaker_and_the_south():
    # a lawmaker's figures after his own visit stay his in the sentences his words carry into
    text = ("Der Geheimdienst NIS hatte erklärt, Nordkorea habe wohl weitere Truppen entsandt.\n\nDer südkoreanische "
            "Abgeordnete Kim Byung-joo sagte nach seiner Reise nach Kiew, dass insgesamt 5.000 weitere Soldaten nach "
            "Russland gebracht worden seien. Rund 2.000 von ihnen seien schon in Kursk stationiert.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-03")] == [(5000, "kor-lawmakers"),
                                                                               (2000, "kor-lawmakers")]
    # "Der Süden teilte mit": South Korea
    text = ("Nordkorea steht im Verdacht, Russland Waffen zu schicken. Der Süden teilte im Mai mit, Nordkorea habe "
            "zuletzt etwa 7.000 Container nach Russland geschickt.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2024-06")] == [(7000, "kor-government")]


@pytest.mark.parametrize("text, expected", [
    # a plan in the sentence is not one to capture people: captured soldiers who want to go to Seoul
    ("Zwei in Kursk gefangene Soldaten aus Nordkorea wollen nach Südkorea ausreisen.", "asserted"),
    # a promise to send is a plan
    ("Kim Jong Un hat zugesagt, rund 6.000 Pioniere und Bauarbeiter nach Kursk zu entsenden.", "expected"),
])
def test_session_26_modality(text, expected):
    assert [r.modality for r in _numeric(text, "2025-06")] == [expected]


def test_session_26_what_the_number_counts():
    # a hedge on a range's upper end keeps the range one claim
    rows = _numeric("Die Schätzungen der Verluste Nordkoreas reichen von Geheimdienst zu Geheimdienst von 600 bis über "
                    "6.000 Toten.", "2025-09")
    assert [(r.quantity, r.quantity_qualifier, r.casualty_type) for r in rows] == [(600, "range", "killed")]
    # losses on Russia's side are not North Korea's; the North Koreans among them are
    rows = _numeric("Nordkoreanische Soldaten griffen ein Dorf an. Die Ukrainer antworteten mit Artillerie, was zu etwa "
                    "200 Verlusten auf russischer Seite führte, darunter 30 getötete oder verwundete Nordkoreaner.",
                    "2024-12")
    assert [r.quantity for r in rows] == [30]
    # ... while North Koreans fighting on Russia's side are counted
    rows = _numeric("Westliche Dienste gehen davon aus, dass knapp 12.000 Nordkoreaner auf russischer Seite kämpfen.",
                    "2024-12")
    assert [r.quantity for r in rows] == [12000]


def test_session_26_a_source_after_a_semicolon():
    # the source of the clause after a semicolon is not that of the count before it ...
    rows = _numeric("Bislang waren die 14.000 Soldaten aus Nordkorea nur in Kursk eingesetzt; der britische "
                    "Geheimdienst schätzt, dass 6000 von ihnen gefallen sind oder verwundet wurden.", "2025-04")
    assert [(r.quantity, r.claimant_id) for r in rows] == [(14000, "xxx-unattributed"), (6000, "gbr-mod")]
    # ... unless that clause points back to it
    rows = _numeric("Rund 3.000 weitere Soldaten aus Nordkorea sind in Kursk eingetroffen; dies teilte der "
                    "südkoreanische Geheimdienst mit.", "2025-02")
    assert [(r.quantity, r.claimant_id) for r in rows] == [(3000, "kor-nis")]


# --- session 27 ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text, published, expected", [
    # "offenbar" alone is the adverb ("apparently"), not the verb "offenbaren": no source
    ("Der Kommandeur der Spezialeinsatzkräfte der Ukraine ist offenbar in die Kämpfe um Kursk verwickelt – da hat "
     "sich die russische Armee mit mehr als 10.000 nordkoreanischen Soldaten verstärkt.", "2024-12",
     [(10000, "xxx-unattributed")]),
    # "geben an" is a verb of saying, even with the relaying agency at the sentence's far end
    ("Ukrainische Staatsanwälte geben an, insgesamt 21 von rund 50 nordkoreanischen ballistischen Raketen untersucht "
     "zu haben, die zwischen Ende Dezember und Ende Februar von Russland abgefeuert wurden, meldet die "
     "Nachrichtenagentur Reuters.", "2024-03", [(50, "ukr-government")]),
    # "Es kursieren Berichte" is hearsay, and a clause before a colon is no speaker's label
    ("Der Druck auf Kim Jong-un könnte nicht größer sein: Seine Generäle haben den Befehl erhalten, sich auf den "
     "Krieg vorzubereiten. Es kursieren Berichte, dass Nordkorea bereits mehr als 10.000 Soldaten nach Russland "
     "geschickt hat.", "2024-10", [(10000, "xxx-unattributed")]),
    # a city's police is Ukraine's
    ("Für einen Angriff auf Charkiw hat Russland zwei nordkoreanische Raketen eingesetzt. Das gab der Chef der "
     "Ermittlungsabteilung der regionalen Polizei in Charkiw, Serhij Bolwinow, auf Facebook bekannt.", "2024-01",
     [(2, "ukr-government")]),
    # a film state television showed: what it states is the broadcaster's
    ("Das Staatsfernsehen Nordkoreas zeigte erstmals einen Film über die Einheiten in Kursk.\n\nDer Film ist dem "
     "Gedenken an 101 gefallene nordkoreanische Kämpfer gewidmet.", "2025-08", [(101, "prk-state-media")]),
    # an analysis named in a compound ("Satellitenbildanalyse") is one
    ("Nach einer Satellitenbildanalyse des Open Source Centre soll Russland mehr als eine Million Barrel Öl an "
     "Nordkorea geliefert haben.", "2024-11", [(1000000, "gbr-osc")]),
    # "das Militär Südkoreas" is its military; a Russian ministry without an id of its own is the government, also
    # for a "Demnach" opening the next paragraph
    ("Laut dem Militär Südkoreas erhöht sich die Gesamtzahl der nach Russland gesendeten nordkoreanischen Soldaten "
     "auf etwa 11.000.", "2025-03", [(11000, "kor-military")]),
    ("Die Agentur Interfax führte unter Berufung auf das Zentrum für Agrarexporte beim russischen "
     "Landwirtschaftsministerium konkrete Zahlen an.\n\nDemnach lieferte Russland an Nordkorea im Jahr 2025 ungefähr "
     "30 Tonnen Bier.", "2026-01", [(30, "rus-government")]),
    # "einem britischen Bericht zufolge": the British state, as vague as "nach britischen Angaben"
    ("Einem britischen Bericht zufolge haben die nordkoreanischen Truppen mehr als 6.000 Soldaten verloren.",
     "2025-06", [(6000, "gbr-government")]),
    # who did it is no source: the paper reporting it is
    ("Kim Jong-un hat über 15.000 Arbeiter nach Russland geschickt, wie das „Wall Street Journal“ berichtet.",
     "2025-06", [(15000, "usa-wsj")]),
    # "westlicher Dienste": Western intelligence
    ("Insgesamt 12.000 junge nordkoreanische Kämpfer werden nach Erkenntnissen westlicher Dienste in Kursk "
     "eingesetzt.", "2024-12", [(12000, "xxx-western-officials")]),
])
def test_session_27_who_speaks(text, published, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, published)] == expected


def test_session_27_the_last_named_source_carries_on():
    # a sentence naming two sources passes on the one its last cue named
    text = ("Die US-Regierung geht laut Außenminister Antony Blinken davon aus, dass bisher 10.000 nordkoreanische "
            "Soldaten nach Russland geschickt wurden. 8.000 von ihnen sind demnach bereits in die russische Region "
            "Kursk verlegt worden.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2024-11")] == [
        (10000, "usa-state-department"), (8000, "usa-state-department")]


def test_session_27_a_country_speaking_through_its_body():
    # "Die USA gehen demnach davon aus": the body of the US the sentence points back to
    text = ("Bislang habe er keine Berichte über Kämpfe gesehen, fuhr der Pentagon-Chef fort. Die USA gehen demnach "
            "davon aus, dass etwa 10.000 nordkoreanische Soldaten in Kursk stationiert sind.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2024-11")] == [(10000, "usa-dod")]
    # ... but "heißt es in Seoul" points back to no one
    text = ("Der Geheimdienst NIS geht davon aus, dass sich 15.000 nordkoreanische Arbeiter in Russland aufhalten. Ihre "
            "Zahl dürfte weiter wachsen, heißt es in Seoul. Das Portal Daily NK meldete, Pjöngjang bereite die "
            "Entsendung von 3000 weiteren Arbeitskräften nach Russland vor.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2024-11")] == [(15000, "kor-nis"),
                                                                               (3000, "kor-dailynk")]


def test_session_27_us_figures_named_precisely_next():
    # "nach US-Angaben" is as vague as "nach südkoreanischen Angaben": the next sentence's Pentagon spokesman is the
    # precise source
    text = ("Doch inzwischen sind nach US-Angaben rund 2.000 weitere nordkoreanische Soldaten in der Region "
            "angekommen. Die USA gehen daher davon aus, dass die Zahl nordkoreanischer Streitkräfte in Russland insgesamt "
            "bei 11.000 bis 12.000 liegt, sagte "
            "US-Verteidigungsministeriumssprecher Pat Ryder.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2024-11")] == [(2000, "usa-dod"), (11000, "usa-dod")]


def test_session_27_verbs_before_the_count():
    # "eliminierten ... 12 Soldaten und verletzten weitere 20": each count takes the verb before it
    rows = _numeric("Nordkorea schickte Soldaten nach Kursk. Im Zuge der Aktion eliminierten die SSO-Operatoren 12 "
                    "nordkoreanische Soldaten und verletzten weitere 20.", "2025-01")
    assert [(r.quantity, r.casualty_type) for r in rows] == [(12, "killed"), (20, "wounded")]


def test_session_27_studies_and_their_authors():
    # a study of a political foundation, then "Ihrer Analyse zufolge": the experts
    text = ("Eine neue Studie der Friedrich-Naumann-Stiftung bemisst den Umfang des Waffenhandels zwischen Russland und "
            "Nordkorea. Ihrer Analyse zufolge bemisst sich der Wert der bisherigen Waffenlieferungen auf bis zu 5,5 "
            "Milliarden US-Dollar.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2024-11")] == [(5500000000, "xxx-experts")]
    # "Ihre Analyse ... zeigt: ...": what the report states is its author's
    text = ("Olena Guseinova von der Hankuk Universität hat für die Studie Geheimdienstberichte ausgewertet. Ihre "
            "Analyse von Munitionspreisen und früheren Waffengeschäften Nordkoreas zeigt: Seit Februar 2022 belaufen "
            "sich die Waffenlieferungen an Russland auf schätzungsweise 1,7 bis 5,5 Milliarden US-Dollar.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2024-11")] == [(1700000000, "xxx-experts")]
    # a researcher quoted again and again, named without her study's foundation
    text = ("Laut der Analyse von Olena Guseinova, einer Expertin von der Hankuk Universität in Seoul, hat Nordkorea "
            "seit 2023 Waffen im Wert von mindestens 5,6 Milliarden US-Dollar an Russland geliefert.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-09")] == [(5600000000, "xxx-experts")]
    # a research group without an id of its own, published by an outlet: the experts, via the outlet
    text = ("Das sind die Ergebnisse einer neuen Analyse der Organisation C4ADS, veröffentlicht von der Washington "
            "Post. Die Untersuchung zeigt, dass mehr als 74.000 Tonnen Sprengstoff aus Nordkorea nach Russland "
            "geliefert wurden.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2024-03")] == [(74000, "xxx-experts")]


@pytest.mark.parametrize("text, expected", [
    # the head of a compound noun: North Korea's fighters, but US soldiers are none of this
    ("Nordkorea hat 12.000 Kim-Kämpfer nach Russland geschickt.", [("deployments", 12000)]),
    ("Nordkorea schickt Soldaten nach Russland. In Südkorea sind rund 28.500 US-Soldaten stationiert.", []),
    # ... and US dollars are still money
    ("Nordkorea hat Russland Waffen im Wert von bis zu 5,5 Milliarden US-Dollar geliefert.",
     [("deliveries", 5500000000)]),
    # freight wagons at the border
    ("Satellitenbilder zeigen 73 Güterwaggons im nordkoreanischen Bahnhof Tumangang an der Grenze zu Russland.",
     [("deliveries", 73)]),
    # ... but not a past baseline nor the room of the sidings
    ("In Tumangang an der Grenze zwischen Nordkorea und Russland seien in den Jahren zuvor nie mehr als 20 Waggons "
     "beobachtet worden.", []),
    ("Nordkorea hat in Tumangang neue Gleise gebaut, auf denen gleichzeitig bis zu 150 Waggons abgestellt werden "
     "können.", []),
    # the whole a sentence opens with is no casualty count: "Von den 12.000 ... sollen etliche gefallen sein"
    ("Von den mutmaßlich 12.000 entsandten nordkoreanischen Soldaten sollen etliche inzwischen getötet worden sein.",
     [("deployments", 12000)]),
    # plans "ins Auge gefasst" capture nobody
    ("Als bekannt wurde, dass Nordkorea mehr als 10.000 Soldaten nach Russland schickte, wurden die Pläne ins Auge "
     "gefasst.", [("deployments", 10000)]),
    # troops massed are an army's own; shells for Kyiv are none of this cooperation
    ("Nordkorea schickt Soldaten nach Russland. Putin soll dort knapp 50.000 Soldaten zusammengezogen haben. "
     "Tschechien will 800.000 Granaten für Kiew aufgestöbert haben.", []),
    # "die Zahl der Verwundeten bis zu 6000 Personen": wounded, not people sent
    ("Der NIS schätzt, dass etwa 2000 Soldaten des Nordens getötet wurden und die Zahl der Verwundeten bis zu 6000 "
     "Personen erreichen könnte.", [("casualties", 2000), ("casualties", 6000)]),
    # a total of the dead before a dash; losses "in Höhe von"; put out of action; treated in hospital
    ("Nordkorea schickte Soldaten nach Russland. Seoul schätzt die Zahl der Todesopfer aber auf etwa 600 – während "
     "Tausende weitere verwundet worden seien.", [("casualties", 600), ("casualties", None)]),
    ("Nordkorea habe Verluste in Höhe von über 4.000 Mann zu beklagen.", [("casualties", 4000)]),
    ("Dabei wurden 25 nordkoreanische Soldaten ausgeschaltet.", [("casualties", 25)]),
    ("Es hieß, dass mehr als 100 nordkoreanische Soldaten im Kursk-Krankenhaus behandelt würden.",
     [("casualties", 100)]),
    # ... and a ratio is no count
    ("Auf 30 nordkoreanische Soldaten kam nur ein Dolmetscher.", []),
    # a number alone on its line is page furniture (a view counter under the date)
    ("Nordkorea wird 25.000 Arbeiter nach Russland entsenden\n\n19.06.2025\n\n2557\n\nJournalist", [("deployments", 25000)]),
    # the people North Korea's weapons hurt are victims, not its losses
    ("Russland feuerte nordkoreanische Raketen auf die Ukraine ab. Die nordkoreanischen Waffen hätten weitere 115 "
     "Personen verletzt.", []),
])
def test_session_27_what_the_number_counts(text, expected):
    assert [(r.__table__, r.quantity) for r in _numeric(text, "2024-11")] == expected


def test_session_27_compound_items_stay_whole():
    # the head of a compound goes to the nationality only where the unit does not take the compound whole
    rows = _numeric("Nordkorea hat Russland etwa 120 Koksan-Haubitzen geliefert.", "2025-01")
    assert [(r.quantity, r.item) for r in rows] == [(120, "Koksan-Haubitzen")]


# --- session 28 ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    # a sentence of figures right after the one naming their single source goes on listing that source's figures
    ("Die Agentur Interfax nannte unter Berufung auf das russische Landwirtschaftsministerium konkrete Zahlen. Demnach "
     "lieferte Russland an Nordkorea 2025 ungefähr 30 Tonnen Bier. Die Ausfuhr von Rapsöl betrug mehr als 310 Tonnen. "
     "Der Tabak-Export lag bei mehr als 110 Tonnen.",
     [(30, "rus-government"), (310, "rus-government"), (110, "rus-government")]),
    ("Laut Agroexport-Statistiken versechsfachte Russland 2025 den Export von Schweineinnereien nach Nordkorea. Im "
     "vorigen Jahr kaufte das asiatische Land 4.500 Tonnen davon.", [(4500, "rus-government")]),
    # ... also past a quiet sentence in between (no one named, nothing counted)
    ("Nach Angaben des Zentrums zur Bekämpfung von Desinformation versuchen die Russen, die nordkoreanischen Soldaten "
     "zu tarnen. Sie tragen russische Uniformen. Insgesamt sind bereits mehr als 11.000 nordkoreanische Soldaten in "
     "der Region Kursk.", [(11000, "ukr-government")]),
    # ... but not past the paragraph
    ("Russland liefert Nordkorea Lebensmittel. Nach Angaben von Agroexport ging der Export von Schweineinnereien auch "
     "im Januar weiter.\n\nIns Nachbarland wurden in diesem Monat mehr als 760 Tonnen geliefert.",
     [(760, "xxx-unattributed")]),
    # ... nor after a past statement, the writer's background ("hatte ... gesprochen")
    ("Präsident Selenskyj hatte schon im Februar von knapp 4000 nordkoreanischen Verlusten gesprochen. Zwei "
     "nordkoreanische Soldaten befinden sich seit Januar in ukrainischer Kriegsgefangenschaft.",
     [(4000, "ukr-president"), (2, "xxx-unattributed")]),
    # ... nor into a sentence in the past perfect (also of a participle without "ge": "verlegt worden")
    ("Laut Reuters kämpfen nordkoreanische Soldaten in Kursk. Etwa 11.000 nordkoreanische Soldaten waren zuvor in die "
     "Region verlegt worden.", [(11000, "xxx-unattributed")]),
    ("Die nordkoreanischen Truppen hätten an der Befreiung der Region Kursk teilgenommen, unterstrich Putin. Bei den "
     "Gefechten waren Anfang des Jahres schätzungsweise 2000 Nordkoreaner getötet worden.", [(2000, "xxx-unattributed")]),
    # ... nor after a sentence naming several sources, nor into hearsay
    ("Der NIS schätzt die Zahl der getöteten Nordkoreaner auf 600, Selenskyj spricht von 4000 nordkoreanischen "
     "Verlusten. Zwei nordkoreanische Soldaten sind in ukrainischer Gefangenschaft.", [(600, "kor-nis"), (4000, "ukr-president"), (2, "xxx-unattributed")]),
    ("Laut dem südkoreanischen Geheimdienst befinden sich 1500 nordkoreanische Soldaten in Russland. Insgesamt sind "
     "dem Vernehmen nach sogar 12.000 Soldaten an der Front.", [(1500, "kor-nis"), (12000, "xxx-unattributed")]),
])
def test_session_28_a_run_of_figures(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2026-01")] == expected


@pytest.mark.parametrize("text, expected", [
    # a source in a run may have been named twice in its sentence ("hieß es in der Mitteilung des HUR")
    ("„Die Truppen der DVRK mussten in der Region Kursk erhebliche Verluste hinnehmen. Mindestens 30 Soldaten wurden "
     "getötet oder verletzt“, hieß es in der Mitteilung des HUR. Mindestens drei nordkoreanische Soldaten wurden in der "
     "Nähe des Dorfes Kurillowka vermisst.", [(30, "ukr-government"), (3, "ukr-government")]),
    # the subject before hearsay is no source of it
    ("Rund 12.000 nordkoreanische Soldaten stehen im Dienst von Putin – Berichten zufolge wurden bereits Tausende von "
     "ihnen an der Front eingesetzt.", [(12000, "xxx-unattributed"), (None, "xxx-unattributed")]),
    # a dateline is no source, nor is a source in a later sentence's clause after a dash
    ("Kiew – Nordkorea hat Russland rund 12.000 Soldaten zur Verfügung gestellt. Diese kämpfen nun in der Region Kursk – "
     "nach ukrainischer Darstellung haben die Nordkoreaner hohe Verluste erlitten.", [(12000, "xxx-unattributed")]),
    # a country's "Angaben" refined by the lawmaker of the next sentence, who passes on the service's figures
    ("Südkoreanischen Angaben zufolge sind bislang etwa 300 nordkoreanische Soldaten gestorben. Zudem gebe es mehr als "
     "2700 Verletzte, sagt ein südkoreanischer Abgeordneter unter Berufung auf Zahlen des Geheimdienstes NIS.",
     [(300, "kor-nis"), (2700, "kor-nis")]),
    # "die Behörden in Seoul" are the government, not the service named before
    ("Der Geheimdienst NIS ist besorgt. Die Behörden in Seoul berichten, dass Kim Jong-un über 10.000 Soldaten nach "
     "Russland geschickt hat.", [(10000, "kor-government")]),
    # officials of US allies are Western officials
    ("Das berichtete die „New York Times“ am Dienstag unter Berufung auf Geheimdienstbeamte von Verbündeten der USA. "
     "Nordkorea habe 10.000 Soldaten nach Russland geschickt.", [(10000, "xxx-western-officials")]),
    # the author of published data
    ("Von den Vereinten Nationen veröffentlichte Daten zeigten, dass Russland 67.300 Barrel Erdöl nach Nordkorea "
     "geliefert hat.", [(67300, "int-un")]),
    # the person in apposition to a role says whose the role is
    ("Der Geheimdienst NIS warnt. Darüber hinaus berichtete der Leiter des Geheimdienstes, Kirill Budanov, dass etwa "
     "11.000 nordkoreanische Infanteristen im Osten Russlands sind.", [(11000, "ukr-government")]),
    # "..., wie die Financial Times berichtete": the paper's, not the man in the clause it follows
    ("So soll das Kim-Regime schwere Artillerie an die Armee des russischen Machthabers Wladimir Putin geschickt haben, "
     "wie die Financial Times berichtete. 50 nordkoreanische Haubitzen seien für eine Gegenoffensive geplant gewesen.",
     [(50, "gbr-ft")]),
    # open-source analyses are experts'
    ("Die BBC berichtete unter Berufung auf Open-Source-Analysen, dass Russland über eine Million Barrel Öl nach "
     "Nordkorea geschickt haben soll.", [(1000000, "xxx-experts")]),
    # South Korea's ministry and intelligence named "in Südkorea", "südkoreanische Aufklärung"
    ("Nach Angaben des Verteidigungsministeriums in Südkorea hat Nordkorea rund 11.000 Soldaten nach Russland "
     "geschickt.", [(11000, "kor-mnd")]),
    ("Gemäß südkoreanischer Aufklärung beabsichtigt Pjöngjang, 12.000 Soldaten in die Ukraine zu entsenden.",
     [(12000, "kor-nis")]),
    # the American ministry of defence; the US foreign and defence ministries together
    ("Laut dem amerikanischen Verteidigungsministerium befinden sich mittlerweile 10 000 Soldaten aus Nordkorea in "
     "Russland.", [(10000, "usa-dod")]),
    ("Am Montag teilten die US-Außen- und Verteidigungsministerien mit, Nordkorea habe rund zehntausend Soldaten zur "
     "Ausbildung nach Russland geschickt.", [(10000, "usa-state-department")]),
    # the US National Security Council is the US government's
    ("Am 23. Oktober traf sich der Nationale Sicherheitsrat der USA [NSC]das dem Weißen Haus Bericht erstattet, "
     "bestätigte, dass 3.000 nordkoreanische Soldaten gerade nach Russland geschickt worden seien.",
     [(3000, "usa-government")]),
    # the subject of a report ("über die Verluste Kims") is no source of it
    ("Alkoholkonsum unter Nordkorea-Soldaten an der Front – Kim Jong-un profitiert vom Ukraine-Krieg\n\nVon den "
     "insgesamt etwa 10.000 bis 12.000 Soldaten aus Nordkorea, sollen mittlerweile über 1000 Soldaten verletzt oder "
     "getötet worden sein, wie die New York Times über die Verluste Kims im Ukraine-Krieg berichtet.",
     [(10000, "usa-nyt"), (1000, "usa-nyt")]),
    # "hieß es in übereinstimmenden Medienberichten" is hearsay
    ("Putin und Kim Jong Un schlossen ein Abkommen. Bis zu 12.000 Nordkoreaner sollen in der Region Kursk kämpfen, hieß "
     "es in übereinstimmenden Medienberichten.", [(12000, "xxx-unattributed")]),
    # ", wonach" names its source before it
    ("Letzte Woche erwähnte Selenskyj Geheimdienstinformationen, wonach Nordkorea die Entsendung weiterer 10.000 "
     "Soldaten vorbereitet.", [(10000, "ukr-president")]),
    # anonymous sources are hearsay, and the source before does not carry past them
    ("Laut dem südkoreanischen Geheimdienst sind bereits 1.500 nordkoreanische Soldaten in Russland angekommen. Anonyme "
     "Quellen zufolge könnte die Zahl der Soldaten auf bis zu 12.000 ansteigen. Seit August soll Nordkorea zudem "
     "13.000 Container mit Granaten nach Russland geschickt haben.",
     [(1500, "kor-nis"), (12000, "xxx-unattributed"), (13000, "xxx-unattributed")]),
])
def test_session_28_who_speaks(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2024-12")] == expected


def test_session_28_a_body_and_an_agency_jointly():
    # an agency listed right after a body (past its abbreviation in brackets) is a source too: a record each
    text = ("Laut den Analysen des Open Source Centre (OSC) und der Nachrichtenagentur Reuters hat Nordkorea über 15.800 "
            "Container mit Munition nach Russland geschickt.")
    assert sorted((r.quantity, r.claimant_id) for r in _numeric(text, "2025-04")) == [
        (15800, "gbr-osc"), (15800, "gbr-reuters")]


@pytest.mark.parametrize("text, expected", [
    # deaths counted as "Todesfälle", alone or with the wounded
    ("Ein Bericht des ukrainischen Geheimdienstes deutet darauf hin, dass Nordkorea mindestens 30 Todesfälle und "
     "Verletzte zu beklagen hat.", [("casualties", 30, "killed_or_wounded")]),
    ("Nordkorea meldete 12 Todesfälle unter seinen Soldaten in Kursk.", [("casualties", 12, "killed")]),
    # launch systems handed over count, the launch pads of a test do not
    ("Nordkorea hat Russland Munition geliefert. In den letzten Wochen kamen etwa 50 in Nordkorea hergestellte "
     "Haubitzen und 20 Raketenabschusssysteme hinzu.", [("deliveries", 50, None), ("deliveries", 20, None)]),
    ("Nordkorea hat Raketen getestet. Beteiligt gewesen seien Einheiten mit insgesamt 24 Abschussrampen.", []),
])
def test_session_28_what_the_number_counts(text, expected):
    got = [(r.__table__, r.quantity, getattr(r, "casualty_type", None)) for r in _numeric(text, "2025-01")]
    assert got == expected


# --- session 29 ----------------------------------------------------------------------------------

@pytest.mark.parametrize("verb", [
    # the verb-last form of a separable verb of saying in a subordinate clause
    "vorrechnet", "einräumte", "bekanntgibt", "hinwies", "feststellte", "ankündigte", "darlegte", "angibt",
    # and verbs of explaining and finding out
    "erläuterte", "schilderte", "errechnete", "erfuhr", "herausfand",
])
def test_session_29_subordinate_verbs_of_saying(verb):
    text = f"Nordkorea hat rund 3.000 Bauarbeiter nach Russland geschickt, wie der britische Militärgeheimdienst {verb}."
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-06")] == [(3000, "gbr-mod")]


@pytest.mark.parametrize("text, expected", [
    # "erinnerte daran, dass": the speaker's words
    ("Präsident Selenskyj erinnerte daran, dass Nordkorea bereits etwa 4.000 Soldaten in Kursk verloren habe.",
     [(4000, "ukr-president")]),
    # (a paper recalling a subject quotes the source it names, it is no source itself)
    ("Die Süddeutsche Zeitung erinnert an die Opfer: „Nach südkoreanischen Angaben sind bis Mai rund 600 Nordkoreaner "
     "gefallen.“", [(600, "kor-government")]),
    # (a comparison names no source: "so viel, wie Kiew angibt")
    ("Militärexperten halten eine Verlustquote von einem Drittel für plausibel. Das wären nach ihrer Rechnung rund "
     "3.500 Tote und Verwundete unter den Nordkoreanern – ungefähr so viel, wie Kiew angibt.", [(3500, "xxx-experts")]),
    # military experts of a nation are experts, not its military
    ("Nach Einschätzung ukrainischer Militärexperten kämpfen inzwischen über 10.000 nordkoreanische Soldaten in Kursk.",
     [(10000, "xxx-experts")]),
    # estimates as the subject, their owner named in or after them
    ("Nordkorea hat Truppen nach Russland verlegt. Die US-Schätzungen liegen bei etwa 12.000 Soldaten.",
     [(12000, "usa-government")]),
    ("Nordkorea hat Truppen nach Russland verlegt. Die Berechnungen des Pentagons liegen bei etwa 12.000 Soldaten.",
     [(12000, "usa-dod")]),
    # a country opening a clause of its own with its verb of saying speaks for the figure after it
    ("Am Dienstag sagte Selenskyj, dass bisher fast 3.000 nordkoreanische Soldaten getötet oder verletzt worden seien, "
     "Seoul nannte die Zahl 1.000.", [(3000, "ukr-president"), (1000, "kor-government")]),
    # the run of figures goes on where the parties of a delivery are named after their prepositions
    ("Laut dem südkoreanischen Geheimdienst begann Nordkorea 2023 mit Waffenlieferungen. Rund 4 Millionen Granaten "
     "wurden bislang aus Nordkorea nach Russland gebracht.", [(4000000, "kor-nis")]),
    # (not where a country is the subject)
    ("Laut dem südkoreanischen Geheimdienst begann Nordkorea 2023 mit Waffenlieferungen. Russland setzte bislang rund "
     "4 Millionen Granaten aus Nordkorea ein.", [(4000000, "xxx-unattributed")]),
    # "So wurden ...": an example of what the source just reported
    ("Der Güterverkehr zwischen Nordkorea und Russland habe stark zugenommen, berichtet das Projekt Beyond Parallel "
     "unter Berufung auf Satellitenbilder. So wurden am 3. Oktober etwa 70 Güterwagen am Grenzbahnhof registriert.",
     [(70, "usa-csis")]),
])
def test_session_29_who_speaks(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-06")] == expected


@pytest.mark.parametrize("text, expected", [
    # bodies are the dead
    ("Ukrainische Soldaten fanden 23 Leichen nordkoreanischer Soldaten im Gebiet Kursk.",
     [("casualties", 23, "killed")]),
    ("Im Gebiet Kursk wurden die Leichen von 12 nordkoreanischen Soldaten geborgen.", [("casualties", 12, "killed")]),
    # an earlier estimate compared with counts what the count before it counted
    ("Der Geheimdienst NIS erklärte, die Zahl der getöteten nordkoreanischen Soldaten sei auf 2.000 gestiegen, "
     "verglichen mit der Schätzung von 600 im April.", [("casualties", 2000, "killed"), ("casualties", 600, "killed")]),
    # "die ersten 3000": the first of those named before
    ("Kim Jong Un schickt Tausende Soldaten nach Russland – die ersten 3000 sind schon dort.",
     [("deployments", None, None), ("deployments", 3000, None)]),
    # no delivery: shells fired at South Korea, equipment destroyed, what a launcher fires in one salvo
    ("Am Freitag feuerte Nordkorea rund 200 Granaten in Richtung Südkorea ab.", []),
    ("Die Ukraine will im Gebiet Kursk, wo Nordkoreaner kämpfen, 27 Artilleriesysteme und zwei Panzer zerstört haben.",
     []),
    ("Die Ukraine nutzt Raketen aus Nordkorea für den Werfer BM-21, der mit einer Salve 40 Raketen verschießen kann.", []),
])
def test_session_29_what_the_number_counts(text, expected):
    got = [(r.__table__, r.quantity, getattr(r, "casualty_type", None)) for r in _numeric(text, "2025-06")]
    assert got == expected


@pytest.mark.parametrize("text, claimant", [
    # European governments and their services (a service without an id of its own takes its government's)
    ("Der estnische Auslandsgeheimdienst geht davon aus, dass bis zu 50.000 nordkoreanische Arbeiter nach Russland "
     "kommen könnten.", "est-government"),
    ("Laut BND hat Nordkorea bislang rund 12.000 Soldaten nach Russland geschickt.", "deu-government"),
    ("Nach Angaben des polnischen Außenministeriums hat Nordkorea 12.000 Soldaten nach Russland geschickt.",
     "pol-government"),
])
def test_session_29_european_governments(text, claimant):
    assert {r.claimant_id for r in _numeric(text, "2025-06")} == {claimant}


@pytest.mark.parametrize("text, expected", [
    # a member of the intelligence committee, whatever else he is a member of, passes on the service's briefing, and
    # the sentence after a claim names its source ("Es wird sie ..., sagt ...")
    ("Über eine Million Granaten aus Nordkorea hat Russland schon bekommen. Es wird sie etwa drei Monate lang verschießen können, sagt "
     "Park Min-ho, ein Mitglied der Opposition und des parlamentarischen Geheimdienstausschusses.",
     [(1000000, "kor-nis")]),
    # the run of figures goes on past a country named in a relative clause
    ("Der Leiter des ukrainischen Militärgeheimdienstes sagte, dass 11.000 nordkoreanische Soldaten im Osten Russlands "
     "ausgebildet werden. Die erste Gruppe von 2.000 Mann wird nach Kursk verlegt, wo die Ukraine Stellungen hält.",
     [(11000, "ukr-government"), (2000, "ukr-government")]),
])
def test_session_29_more_sources(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-06")] == expected


@pytest.mark.parametrize("text, expected", [
    # two countries, each opening its own clause with its verb: each speaks for its figures
    ("Südkorea schätzte, dass 300 nordkoreanische Soldaten getötet und 2.700 verletzt wurden, Kiew beziffert die Zahl "
     "auf 3.800 Tote und Verwundete.", [(300, "kor-government"), (2700, "kor-government"), (3800, "ukr-government")]),
    # intelligence officers or the service "in Kiew" are Ukraine's, not the service named by default
    ("Zuvor sprachen Geheimdienstler in Kiew von «mindestens 30» getöteten oder verletzten Soldaten aus Nordkorea.",
     [(30, "ukr-government")]),
    ("Zuvor sprach der Geheimdienst in Kiew von 30 getöteten Soldaten aus Nordkorea.", [(30, "ukr-government")]),
    # "wirft Fragen auf" names no one who accuses ("wirft ... vor" does): hearsay stays hearsay
    ("Berichten zufolge befinden sich bis zu 12.000 nordkoreanische Truppen in Kursk, und ihre Präsenz wirft Fragen über "
     "das Ausmaß von Kim Jong Uns Beteiligung auf.", [(12000, "xxx-unattributed")]),
    # (a guard: "N der Soldaten", of the soldiers, keeps its source)
    ("Nordkorea hat Truppen geschickt. 8.000 der Soldaten sollen laut US-Angaben bereits in Kursk sein.",
     [(8000, "usa-government")]),
])
def test_session_29_batch_19_sources(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-06")] == expected


@pytest.mark.parametrize("text, expected", [
    # a Swiss thousands mark written as an opening single quote
    ("Nordkorea hat rund 11‘000 Soldaten in der Region Kursk stationiert.", [("deployments", 11000, None)]),
    # an equivalent by weight ("Dieses Gewicht entspricht"), not the weight of something
    ("Nordkorea lieferte 74.000 Tonnen Sprengstoff an Russland. Dieses Gewicht entspricht etwa 1,6 Millionen "
     "Artilleriegeschossen.", [("deliveries", 74000, None), ("deliveries", 1600000, None)]),
    # the count in an aside between dashes: what happened to them follows the closing dash
    ("Nordkorea schickte 11.000 Soldaten. Ein Drittel von ihnen – rund 4.000 Mann – seien getötet oder verwundet worden.",
     [("deployments", 11000, None), ("casualties", 4000, "killed_or_wounded")]),
    # equipment lost in battle is no delivery
    ("Nordkorea liefert Munition. Russland hat nach US-Angaben bislang mehr als 4.000 Panzer verloren.",
     []),
])
def test_session_29_batch_19_counts(text, expected):
    got = [(r.__table__, r.quantity, getattr(r, "casualty_type", None)) for r in _numeric(text, "2025-06")]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # the United Kingdom by its full name, and its intelligence services
    ("Die Geheimdienste des Vereinigten Königreichs schätzten, dass Nordkorea etwa 4.000 Soldaten verloren hat.",
     [(4000, "gbr-mod")]),
    # "Den Berichten zufolge": the reports of the source named before, no hearsay
    ("Die Zeitung Ukrainska Pravda berichtete über die Verlegung. Den Berichten zufolge wurden alle 40 nordkoreanischen "
     "Soldaten an die Front verlegt.", [(40, "ukr-pravda")]),
    # an impersonal estimate after a sourced report, however long the subject between
    ("Nordkorea hat weitere 3.000 Soldaten nach Russland entsandt, berichtet Yonhap unter Berufung auf den "
     "südkoreanischen Generalstab. Mit dieser Verstärkung wird die Gesamtzahl nordkoreanischer Soldaten in Russland auf "
     "etwa 11.000 geschätzt.", [(3000, "kor-military"), (11000, "kor-military")]),
    # "..., wo die Behörden sagten": that country's authorities
    ("Selenskyjs Zahl ist höher als die Südkoreas, wo die Behörden am Montag sagten, mindestens 1.100 nordkoreanische "
     "Soldaten seien getötet oder verwundet worden.", [(1100, "kor-government")]),
    # officials in the USA
    ("US-Medien berichteten unter Berufung auf Beamte in den USA, Nordkorea habe 3.000 Soldaten geschickt.",
     [(3000, "usa-government")]),
])
def test_session_29_batch_20_sources(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-06")] == expected


@pytest.mark.parametrize("text, expected", [
    # losses: "verlor N Soldaten", "Die Verluste ... betragen N Soldaten"
    ("Nordkorea verlor in Kursk 4.000 Soldaten.", [("casualties", 4000, "killed_or_wounded")]),
    ("Die nordkoreanischen Verluste im Krieg gegen die Ukraine betragen 4.000 Soldaten.",
     [("casualties", 4000, "killed_or_wounded")]),
    # (not a life lost: "ihr Leben verloren" counts the dead)
    ("Neun nordkoreanische Soldaten haben bei dem Einsatz ihr Leben verloren.", [("casualties", 9, "killed")]),
])
def test_session_29_batch_20_counts(text, expected):
    got = [(r.__table__, r.quantity, getattr(r, "casualty_type", None)) for r in _numeric(text, "2025-06")]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # soldiers "destroyed" in a front report are the dead
    ("Die Ukraine meldete, sie hätten in der Region Kursk „50“ nordkoreanische Soldaten zerstört.",
     [("casualties", 50, "killed")]),
    # (infrastructure destroyed is no casualty of the people counted before it)
    ("Nordkorea schickt 5.000 Bauarbeiter für den Wiederaufbau von Infrastruktur, die durch Angriffe zerstört wurde.",
     [("deployments", 5000, None)]),
    # "Fuß gefasst": a foothold, no one caught
    ("Die Ukraine gab an, dass sich 11.000 nordkoreanische Soldaten in Kursk aufhalten, wo ukrainische Truppen Fuß "
     "gefasst haben.", [("deployments", 11000, None)]),
])
def test_session_29_batch_21_counts(text, expected):
    got = [(r.__table__, r.quantity, getattr(r, "casualty_type", None)) for r in _numeric(text, "2025-06")]
    assert got == expected


def test_session_29_erwaehnte_is_a_verb_of_saying():
    text = "Nordkorea hat 8.000 Soldaten nach Kursk verlegt, erwähnte der US-Botschafter bei den Vereinten Nationen."
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-06")] == [(8000, "usa-government")]


# --- session 30 ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a country right after its verb of saying is its subject: it keeps the figure, whoever the next sentence quotes
    ("Zuletzt bezifferte Kiew die nordkoreanischen Verluste auf rund 3.000 Soldaten. „Moskau ist das Leben dieser "
     "Männer gleichgültig“, erklärte Wolodymyr Selenskyj.", [(3000, "ukr-government")]),
    # (the country opening its clause, as before)
    ("Kiew bezifferte die nordkoreanischen Verluste auf rund 3.000 Soldaten. „Moskau ist das Leben dieser Männer "
     "gleichgültig“, erklärte Wolodymyr Selenskyj.", [(3000, "ukr-government")]),
    # Ukraine's representative at the UN, by his office and by the spellings of his name
    ("Der ukrainische Vertreter bei den Vereinten Nationen sagte, in Russland seien 12.000 Nordkoreaner ausgebildet "
     "worden.", [(12000, "ukr-government")]),
    ("Laut Kyslytsia umfasst das nordkoreanische Kontingent mehr als 500 Offiziere.", [(500, "ukr-government")]),
    ("Laut Kislitsa umfasst das nordkoreanische Kontingent mehr als 500 Offiziere.", [(500, "ukr-government")]),
    # "der Ukrainer" after a noun of information: the Ukrainians, one record per party of a joint source
    ("Laut Informationen der Ukrainer und des südkoreanischen Geheimdienstes sind bisher ca. 12.000 Soldaten aus "
     "Nordkorea in die Region Kursk entsandt worden.", [(12000, "ukr-government"), (12000, "kor-nis")]),
    # a paragraph opening with a pointer to a source: the body named last in the paragraph before, even with a
    # sentence of comment after it
    ("In einer Erklärung des ukrainischen Vertreters bei den Vereinten Nationen heißt es, Nordkoreas Truppen könnten "
     "bald kämpfen. Diese Botschaft löste große Besorgnis aus.\n\nNach seinen Angaben wurden bereits etwa 2.100 "
     "Soldaten an die Grenze gebracht.", [(2100, "ukr-government")]),
])
def test_session_30_who_speaks(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2024-11")] == expected


@pytest.mark.parametrize("text, expected", [
    # aircraft that carried the troops are how they travelled, no delivery
    ("Nach Angaben aus Kiew flogen mindestens sieben Flugzeuge vom Osten zur Grenze und transportierten etwa 2.100 "
     "nordkoreanische Soldaten nach Kursk.", []),
    ("Nordkorea hat Truppen nach Russland geschickt. Die Truppen wurden mit Hilfe von mindestens 28 "
     "Militärtransportflugzeugen nach Kursk transportiert.", []),
    # (aircraft handed over still are)
    ("Russland hat Nordkorea nach Angaben aus Seoul 20 Kampfflugzeuge geliefert.", [("deliveries", 20, None)]),
    # killed and wounded joined by "sowohl ... als auch", and "ihr Leben verloren oder ... verwundet"
    ("Die Verluste Nordkoreas belaufen sich auf rund 4.000 Mann, darunter sowohl Getötete als auch Verwundete.",
     [("casualties", 4000, "killed_or_wounded")]),
    ("Bisher hätten mindestens 3.000 Nordkoreaner in Kursk ihr Leben verloren oder seien verwundet worden.",
     [("casualties", 3000, "killed_or_wounded")]),
    # the verb of amounting before the losses: "belaufen sich die Verluste ... auf N Personen"
    ("Laut dem Generalstab belaufen sich die Verluste des nordkoreanischen Kontingents auf etwa 4.000 Personen.",
     [("casualties", 4000, "killed_or_wounded")]),
    # a number spoken of without its noun: what the paragraph named last
    ("Abgeordnete sagten, Nordkorea habe 3.000 Soldaten nach Russland geschickt. Zuvor war von 1.500 die Rede.",
     [("deployments", 3000, None), ("deployments", 1500, None)]),
    ("Seit Wochen heißt es, Nordkorea schicke Soldaten nach Russland. War anfangs von 3.000 die Rede, so sind es "
     "inzwischen mehr.", [("deployments", 3000, None)]),
    # (nothing named before it: no count)
    ("Über Nordkoreas Rolle im Krieg gibt es seit Wochen Gerüchte. Zuvor war von 1.500 die Rede.", []),
    # a total or a part after a count in the same sentence
    ("Nordkorea hat Truppen nach Russland geschickt. Zunächst soll es um 1500 Soldaten gehen, insgesamt womöglich "
     "12.000.",
     [("deployments", 1500, None), ("deployments", 12000, None)]),
    ("Der Geheimdienst schätzte, dass bis Dezember rund 12.000 nordkoreanische Soldaten nach Russland geschickt werden, "
     "wobei am 23. Oktober rund 3.000 angekommen sind.", [("deployments", 12000, None), ("deployments", 3000, None)]),
])
def test_session_30_counts(text, expected):
    got = [(r.__table__, r.quantity, getattr(r, "casualty_type", None)) for r in _numeric(text, "2024-11")]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # a list of nations' sources: one record per nation
    ("Ukrainische, südkoreanische und US-amerikanische Quellen berichten übereinstimmend, dass Nordkorea mindestens "
     "10.000 Soldaten nach Russland verlegt hat.",
     [(10000, "ukr-government"), (10000, "kor-government"), (10000, "usa-government")]),
    # "in einigen Berichten": hearsay, not the source of the sentence before
    ("Laut dem Pentagon hat Nordkorea Soldaten nach Russland geschickt. In einigen Berichten sollen es bereits 12.000 "
     "Soldaten sein.", [(12000, "xxx-unattributed")]),
    # "Laut Informationen hatte Nordkorea ...": the country after the finite verb is the subject, not the source
    ("Laut Informationen hatte Nordkorea im vergangenen Oktober etwa 11.000 Soldaten nach Russland entsandt.",
     [(11000, "xxx-unattributed")]),
    # sources close to NATO are not NATO
    ("NATO-nahen Quellen zufolge sollen etwa 11.000 nordkoreanische Soldaten in Kursk sein.",
     [(11000, "xxx-western-officials")]),
    # the headline names the person whose figure the body gives as the nation's
    ("11.000 Nordkoreaner laut Selenskyj in Kursk eingetroffen\n\nIm russischen Grenzgebiet Kursk sind nach "
     "ukrainischen Angaben bereits 11.000 nordkoreanische Soldaten eingetroffen.", [(11000, "ukr-president")]),
])
def test_session_30_batch_23_who_speaks(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2024-11")] == expected


@pytest.mark.parametrize("text, expected", [
    # the gender forms of the press
    ("Laut südkoreanischem Geheimdienst soll Nordkorea bereits 3.000 Soldat:innen nach Russland geschickt haben.",
     [("deployments", 3000, None)]),
    ("Nordkorea hat 3.000 Soldat*innen und 500 Arbeiter:innen nach Russland geschickt.",
     [("deployments", 3000, None), ("deployments", 500, None)]),
    # a count in quotation marks opening its sentence counts what was counted before
    ("Die USA gehen davon aus, dass die Zahl nordkoreanischer Soldaten in Russland bei 11.000 bis 12.000 liegen könne. "
     "„Mindestens 10.000“ seien derzeit in der Region Kursk.", [("deployments", 11000, None), ("deployments", 10000, None)]),
    # the whole after a part: "von den insgesamt 12.000 entsandten" were sent, not killed
    ("Selenskyj sagte, dass 4.000 nordkoreanische Soldaten in Kursk getötet wurden, von den insgesamt 12.000 entsandten.",
     [("casualties", 4000, "killed"), ("deployments", 12000, None)]),
])
def test_session_30_batch_23_counts(text, expected):
    got = [(r.__table__, r.quantity, getattr(r, "casualty_type", None)) for r in _numeric(text, "2024-11")]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # a subheading on the line before is no preposition in front of the speaker ("an der Front\nSelenskyj")
    ("Steigende Verluste an der Front\nSelenskyj berichtete, dass 3.800 nordkoreanische Soldaten getötet oder "
     "verwundet worden sind.", [(3800, "ukr-president")]),
    # the US envoy speaks for the State Department
    ("In seiner Eröffnungsansprache sagte der US-Gesandte, dass Nordkorea über 1.100 Container mit Munition nach "
     "Russland geschickt habe.", [(1100, "usa-state-department")]),
])
def test_session_30_batch_24_who_speaks(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2024-11")] == expected


@pytest.mark.parametrize("text, expected", [
    # a daily rate is no count
    ("Laut ISW verlieren die Nordkoreaner in Kursk fast 100 Soldaten täglich.", []),
    # (as before: "pro Tag")
    ("Nordkoreas Artillerie soll zu Spitzenzeiten über 10.000 Granaten pro Tag verschossen haben.", []),
    # (a count over a period still is)
    ("Laut ISW haben die Nordkoreaner in Kursk bisher fast 4.000 Soldaten verloren.", [(4000, "usa-isw")]),
])
def test_session_30_batch_24_rates(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2024-11")] == expected


# --- session 31 ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, quote_start", [
    # the first day of a span of dates is no number, so the quote does not begin between the two days
    ("Laut NIS wurden vom 23. bis 28. Oktober rund 3000 nordkoreanische Soldaten nach Russland gebracht.", "Laut NIS"),
    ("Laut NIS sind zwischen dem 8. und 13. Oktober 1.500 nordkoreanische Soldaten in Russland angekommen.", "Laut NIS"),
    ("Laut NIS kamen am 8.-13. Oktober 1.500 nordkoreanische Soldaten in Russland an.", "Laut NIS"),
])
def test_session_31_quote_keeps_a_span_of_dates_whole(text, quote_start):
    (record,) = _numeric(text, "2024-11")
    assert record.quote.startswith(quote_start) and text[record.quote_start:record.quote_end] == record.quote


@pytest.mark.parametrize("text, expected", [
    # an outlet with its article after "teilte ... mit" is the subject that speaks, not the listener
    ("Unterdessen teilte die BBC am Freitag mit, Russland habe Nordkorea seit März mehr als eine Million Barrel Öl "
     "geliefert.", [(1000000, "gbr-bbc")]),
    ("Putin sagte am selben Tag, dass sein Land mit der Produktion beginnen müsse. Unterdessen teilte der britische "
     "Sender BBC am Freitag mit, Russland habe Nordkorea mehr als eine Million Barrel Öl geliefert.",
     [(1000000, "gbr-bbc")]),
    # (the listener in the dative still is no source)
    ("Unterdessen teilte der Nachrichtenagentur Yonhap mit, Russland habe Nordkorea seit März mehr als eine Million "
     "Barrel Öl geliefert.", [(1000000, "xxx-unattributed")]),
    # "rechnen damit" speaks like "rechnet damit", also with an outlet between ("laut "Merkur"")
    ("US-Analysten rechnen laut \"Merkur\" damit, dass seit Kriegsbeginn rund 13.000 Container mit Munition aus "
     "Nordkorea geliefert wurden.", [(13000, "xxx-experts")]),
    # a Western security official is one of the Western officials
    ("Ein westlicher Sicherheitsbeamter, der anonym bleiben wollte, sagte Reuters, Moskau habe Pjöngjang mindestens "
     "ein Flugabwehrsystem vom Typ Pantsir zur Verfügung gestellt.", [(1, "xxx-western-officials")]),
])
def test_session_31_batch_25_who_speaks(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2024-11")] == expected


def test_session_31_a_cap_after_the_number_is_no_delivery():
    text = ("Die Anzahl der Barrel, die Nordkorea aus Russland erhalten kann, ist von den Vereinten Nationen auf "
            "500.000 begrenzt. Laut NIS hat Russland Nordkorea mehr als eine Million Barrel Öl geliefert.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2024-11")] == [(1000000, "kor-nis")]


@pytest.mark.parametrize("text, expected", [
    # a main clause that turns with "doch", "aber", "während" before the next number is that number's
    ("Laut Selenskyj sind etwa 12.000 nordkoreanische Soldaten in Kursk. Ungefähr 4.000 von ihnen sollen getötet "
     "worden sein, doch im Gegenzug könnten bald Verstärkungen von 2.000 bis 3.000 weiteren Nordkoreanern eintreffen.",
     [(12000, "asserted"), (4000, "asserted"), (2000, "possible")]),
    # (a cue before the turn still holds for the number before it)
    ("Laut Selenskyj könnte Nordkorea 3.000 weitere Soldaten nach Kursk schicken, doch 2.000 nordkoreanische "
     "Soldaten seien schon dort.",
     [(3000, "possible"), (2000, "asserted")]),
])
def test_session_31_modality_stops_where_the_clause_turns(text, expected):
    assert [(r.quantity, r.modality) for r in _numeric(text, "2024-11")] == expected


# --- session 32 ----------------------------------------------------------------------------------
# Text copied from a PDF or a narrow column breaks lines inside sentences.
_WRAPPED = ("Die Achse der Skrupellosen\n\n"
            "Bis zu 12.000 Soldaten aus Nordkorea befinden\n"
            "sich in der westrussischen Grenzregion Kursk, sagen die Regierungen der\n"
            "USA und der Ukraine. Sie stehen in jenem Gebiet, das die ukrainischen\n"
            "Streitkräfte seit ihrer Offensive teilweise besetzt haben.\n\n"
            "Nach US-Angaben hat Nordkorea bereits 10.000 Soldaten nach\n"
            "Russland entsendet. 8.000 von ihnen sind demnach bereits in die russische\n"
            "Region Kursk an der Grenze zur Ukraine verlegt worden. Weder Moskau noch\n"
            "Pjöngjang haben die Berichte bisher dementiert.")


def test_session_32_wrapped_lines_go_on_with_their_sentence():
    sents = split_sentences(_WRAPPED)
    got = [" ".join(_WRAPPED[s.start:s.end].split()) for s in sents]
    assert got == [
        "Die Achse der Skrupellosen",
        "Bis zu 12.000 Soldaten aus Nordkorea befinden sich in der westrussischen Grenzregion Kursk, sagen die "
        "Regierungen der USA und der Ukraine.",
        "Sie stehen in jenem Gebiet, das die ukrainischen Streitkräfte seit ihrer Offensive teilweise besetzt haben.",
        "Nach US-Angaben hat Nordkorea bereits 10.000 Soldaten nach Russland entsendet.",
        "8.000 von ihnen sind demnach bereits in die russische Region Kursk an der Grenze zur Ukraine verlegt worden.",
        "Weder Moskau noch Pjöngjang haben die Berichte bisher dementiert.",
    ]
    assert [s.paragraph for s in sents] == [0, 1, 1, 2, 2, 2]


def test_session_32_wrapped_text_keeps_its_sources():
    records = _claims(_WRAPPED, "2024-11")
    numeric = sorted((r.quantity, r.claimant_id) for t, r in records if t != "diplomatic_acts")
    assert numeric == [(8000, "usa-government"), (10000, "usa-government"), (12000, "ukr-government"),
                       (12000, "usa-government")]
    for _, r in records:
        assert _WRAPPED[r.quote_start:r.quote_end] == r.quote
    # "Weder Moskau noch Pjöngjang haben ... dementiert": nobody denied anything
    assert not [r for t, r in records if t == "diplomatic_acts" and r.act_type == "denial"]


@pytest.mark.parametrize("text", [
    # a heading above a body of one paragraph per line
    "Kims Soldaten sind keine Phantome mehr\nEin halbes Jahr lang haben Pjöngjang und Moskau den Einsatz geleugnet.",
    "Seoul: Nordkorea schickt Russland 200-250 weitere Artilleriesysteme\ndpa | 12.03.2025, 09:47 Uhr\n\nSeoul (dpa) - "
    "Nordkorea hat Russland weitere schwere Waffen geliefert.",
    "Wie Nordkorea Arbeiter nach Russland schickt\nMeduza – Übersetzung aus dem Russischen\n12. August 2025\n\nIm Jahr "
    "2024 sind 13.221 nordkoreanische Staatsbürger nach Russland eingereist.",
    "Nordkoreanische Soldaten in Russland: Was wir wissen - und was nicht\nvon Katrin Möller\nDatum: 08.11.2024",
    "Verluste für Russland im Ukraine-Krieg\nKursk-Gefechte lassen Opferzahlen steigen\nMoskau – Russland hat im "
    "Ukraine-Krieg enorm hohe Verluste zu beklagen.\nVor allem seit November sind die Opferzahlen gestiegen.",
    # a fact box: "label: values" lines
    "Die Angaben des NIS im Zeitverlauf:\nDezember 2024: mindestens 100 Tote (NIS)\nJänner 2025: 300 Tote (NIS)",
    # a list
    "Zu den wichtigsten Punkten gehören die Lieferungen von\n- 11.000 Soldaten\n- 100 Raketen",
])
def test_session_32_lines_of_their_own_stay_apart(text):
    assert wrapped_breaks(text) == set()


def _paragraphs(*names: str) -> list[str]:
    """The paragraphs of one line and more than 200 characters of test articles (all of them without ``names``)."""
    paths = [REPO / "tests" / "extraction" / f"{n}.txt" for n in names] or sorted((REPO / "tests" / "extraction").glob("*.txt"))
    return [p for path in paths for p in path.read_text(encoding="utf-8").split("\n\n") if "\n" not in p and len(p) > 200]


def _wrap(paragraph: str, width: int) -> tuple[list[str], list[str]]:
    """The sentences of ``paragraph`` and of the paragraph wrapped at ``width``, whitespace normalised."""
    import textwrap
    wrapped = textwrap.fill(paragraph, width, break_on_hyphens=False, break_long_words=False)
    return ([" ".join(paragraph[s.start:s.end].split()) for s in split_sentences(paragraph)],
            [" ".join(wrapped[s.start:s.end].split()) for s in split_sentences(wrapped)])


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_paragraphs()), st.integers(min_value=25, max_value=110))
def test_session_32_wrapping_a_paragraph_never_joins_two_sentences(paragraph, width):
    flat, got = _wrap(paragraph, width)
    # every sentence of the wrapped paragraph lies inside one sentence of the flat one (a break the rules cannot
    # tell from a heading's may still split a sentence, never join two)
    for sentence in got:
        assert any(sentence in whole for whole in flat), sentence
    assert " ".join(got) == " ".join(flat)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_paragraphs("a02-shells-millions", "b07-faz-beistandspakt", "ad05", "i09")),
       st.integers(min_value=25, max_value=110))
def test_session_32_wrapped_paragraphs_give_back_their_sentences(paragraph, width):
    flat, got = _wrap(paragraph, width)
    assert got == flat


@pytest.mark.parametrize("text, acts", [
    ("Moskau hat die Berichte über nordkoreanische Soldaten bisher nicht dementiert.", []),
    ("Putin hat die Anwesenheit nordkoreanischer Soldaten nicht bestritten.", []),
    ("Weder Moskau noch Pjöngjang haben die Berichte über nordkoreanische Soldaten dementiert.", []),
    ("Moskau hat die Berichte über nordkoreanische Soldaten dementiert.", [("denial", "rus-government")]),
    ("Moskau hat die Berichte über nordkoreanische Soldaten nicht bestätigt.", [("non_confirmation", "rus-government")]),
])
def test_session_32_a_denial_not_made_is_no_denial(text, acts):
    assert [(r.act_type, r.actor_id) for t, r in _claims(text, "2024-11") if t == "diplomatic_acts"] == acts


@pytest.mark.parametrize("text, expected", [
    # whoever does not confirm or deny the reports is not their source, and denies nothing
    ("Moskau hat die Berichte über 10.000 nordkoreanische Soldaten nicht bestätigt.",
     [(10000, "xxx-unattributed", "asserted")]),
    ("Der Kreml hat Berichte über 10.000 nordkoreanische Soldaten in Kursk bislang weder bestätigt noch dementiert.",
     [(10000, "xxx-unattributed", "asserted")]),
    ("Unterdessen schätzen westliche Beobachter, dass etwa 11.000 nordkoreanische Soldaten an der Seite der russischen "
     "Streitkräfte kämpfen, obwohl Russland selbst diese Berichte weder bestätigt noch dementiert hat.",
     [(11000, "xxx-experts", "asserted")]),
    # "Weder Moskau noch Pjöngjang haben ... bestätigt/dementiert": neither speaks, and nothing is denied
    ("Weder Moskau noch Pjöngjang haben die Berichte über 10.000 nordkoreanische Soldaten bestätigt.",
     [(10000, "xxx-unattributed", "asserted")]),
    ("Weder Moskau noch Pjöngjang haben die Berichte über 10.000 nordkoreanische Soldaten dementiert.",
     [(10000, "xxx-unattributed", "asserted")]),
    # (a denial still is one, also "damals noch bestritten")
    ("Laut NIS kämpften bereits 11.000 nordkoreanische Soldaten in Kursk, was Moskau damals noch bestritt.",
     [(11000, "kor-nis", "denied")]),
])
def test_session_32_negated_confirmations_and_denials(text, expected):
    assert [(r.quantity, r.claimant_id, r.modality) for r in _numeric(text, "2024-11")] == expected


@pytest.mark.parametrize("text, expected", [
    # analysts who tracked a count report it ("verfolgten 64 Transporte mit ... 16.000 Containern")
    ("Analysten des OSC verfolgten 64 Transporte mit insgesamt rund 16.000 Containern, die von Nordkorea nach Russland "
     "gesendet wurden.", [(16000, "gbr-osc")]),
    # (one who follows a goal reports nothing)
    ("Russland verfolgt das Ziel, Nordkorea 10.000 Tonnen Weizen zu liefern. Laut NIS sind 11.000 Soldaten in Kursk.",
     [(10000, "xxx-unattributed"), (11000, "kor-nis")]),
    # an analysis that "legt nahe" states its finding
    ("Eine neue Analyse von Beyond Parallel, dem Korea-Projekt der US-Denkfabrik CSIS, legt nun nahe, dass Nordkorea "
     "mindestens 73 Güterwaggons mit Munition nach Russland geschickt hat.", [(73, "usa-csis")]),
])
def test_session_32_verbs_of_finding(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2024-11")] == expected


@pytest.mark.parametrize("text", [
    # soft hyphens of a web page's hyphenation hints, zero-width spaces, a byte-order mark
    "Laut NIS sind 11.000 nordkoreanische Sol\u00addaten in Kursk.",
    "Laut NIS sind 11.000 nord\u00adkorea\u00adnische Soldaten in Kursk.",
    "\ufeffLaut NIS sind 11.000 nordkoreanische\u200b Soldaten in Kursk.\u00ad",
    # a thin space between the thousands
    "Laut NIS sind 11\u2009000 nordkoreanische Soldaten in Kursk.",
])
def test_session_32_invisible_characters_and_thin_spaces(text):
    (record,) = _numeric(text, "2024-11")
    assert (record.quantity, record.claimant_id) == (11000, "kor-nis")
    assert text[record.quote_start:record.quote_end] == record.quote and record.quote.startswith("Laut NIS")


_SHY_TEXT = (REPO / "tests" / "extraction" / "o13.txt").read_text(encoding="utf-8")
_SHY_SLOTS = [m.start() + 2 for m in re.finditer(r"[^\W\d_]{5,}", _SHY_TEXT)]  # inside words of five letters or more


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sets(st.sampled_from(_SHY_SLOTS), min_size=1, max_size=40))
def test_session_32_soft_hyphens_change_no_record(slots):
    text = "".join(ch + ("\u00ad" if i + 1 in slots else "") for i, ch in enumerate(_SHY_TEXT))
    plain = extract(_SHY_TEXT, published="2025-03")
    shy = extract(text, published="2025-03")
    key = lambda r: (r.__table__, getattr(r, "quantity", None), r.claimant_id, r.modality)  # noqa: E731
    assert [key(r) for r in shy] == [key(r) for r in plain]
    for a, b in zip(shy, plain):
        assert text[a.quote_start:a.quote_end] == a.quote and a.quote.replace("\u00ad", "") == b.quote


@pytest.mark.parametrize("text, expected", [
    ("Laut NIS hat Nordkorea 11 Tsd. Soldaten nach Russland geschickt.", [(11000, "exact")]),
    ("Laut NIS hat Nordkorea ca 11.000 Soldaten nach Russland geschickt.", [(11000, "approx")]),
    # a bracket after a full stop opens a line of page furniture of its own, no longer glued to the claim before it
    ("Laut NIS hat Nordkorea 11.000 Soldaten nach Russland geschickt. [Anzeige]", [(11000, "exact")]),
])
def test_session_32_abbreviated_thousands_and_page_furniture_in_brackets(text, expected):
    assert [(r.quantity, r.quantity_qualifier.value) for r in _numeric(text, "2024-11")] == expected


@pytest.mark.parametrize("text, expected", [
    # "soll ... senden": what North Korea is to do
    ("Laut Schoigu soll Nordkorea tausend Minenräumer in die Region Kursk senden.", [(1000, "expected")]),
    ("Laut NIS soll Nordkorea weitere 3.000 Soldaten nach Russland schicken.", [(3000, "expected")]),
    # (a past report takes the participle: "soll ... geschickt haben")
    ("Laut NIS soll Nordkorea weitere 3.000 Soldaten nach Russland geschickt haben.", [(3000, "asserted")]),
])
def test_session_32_what_a_body_is_to_send_is_expected(text, expected):
    assert [(r.quantity, r.modality.value) for r in _numeric(text, "2024-11")] == expected


@pytest.mark.parametrize("text, expected", [
    # an agency, then whom it relies on: the source, passed on by the agency
    ("Laut Yonhap sind 15.000 nordkoreanische Arbeiter nach Russland entsandt worden. Die Agentur beruft sich auf "
     "Angaben des Geheimdienstes NIS.", [(15000, "kor-nis", "kor-yonhap")]),
    ("15.000 nordkoreanische Arbeiter seien entsandt worden, berichten Yonhap und Reuters. Dabei beziehen sie sich auf "
     "Angaben des NIS.", [(15000, "kor-nis", "kor-yonhap")]),
    # an agency's figures whose source the sentence after names
    ("Die Nachrichtenagentur Yonhap schreibt, 15.000 nordkoreanische Soldaten seien nach Russland geschickt worden. "
     "Weiter heißt es, die Verluste unter ihnen beliefen sich auf 4700. Die Zahlen hätten Abgeordnete unter Berufung "
     "auf den Geheimdienst NIS genannt.", [(15000, "kor-nis", "kor-yonhap"), (4700, "kor-nis", "kor-yonhap")]),
    # (an agency alone stays the source)
    ("Laut Yonhap sind 15.000 nordkoreanische Arbeiter nach Russland entsandt worden. Die Arbeiter sollen auf "
     "Baustellen eingesetzt werden.", [(15000, "kor-yonhap", None)]),
])
def test_session_32_an_agency_passes_on_the_source_it_relies_on(text, expected):
    assert [(r.quantity, r.claimant_id, r.via_id) for r in _numeric(text, "2024-11")] == expected


@pytest.mark.parametrize("text, expected", [
    # who gave what, then the outlet that writes it: the outlet is the source, not the giver
    ("Wladimir Putin schenkte dem nordkoreanischen Führer 24 Orjol-Traberpferde, schreibt die Times.",
     [(24, "gbr-times")]),
    ("Kim Jong Un schickte Russland 24 Haubitzen, schreibt die Times.", [(24, "gbr-times")]),
    # "nach ... Quellen" names a source like "laut ... Quellen"
    ("Die Verluste unter den nordkoreanischen Soldaten sind nach südkoreanischen Quellen mehr als 100 Tote.",
     [(100, "kor-government")]),
    # Russia's state veterinary service (Rosselkhoznadzor)
    ("Am 3. November überquerte nach Angaben des Staatlichen Veterinärdienstes Russlands ein Zug aus Russland die Grenze "
     "nach Nordkorea, beladen mit 30 Pferden der Rasse Orlow-Traber.", [(30, "rus-rosselkhoznadzor")]),
    # an impersonal estimate names nobody, also right after a sourced sentence
    ("Anfang Oktober wurden ukrainische Geheimdienstberichte bekannt, denen zufolge Moskau nordkoreanische Soldaten "
     "stationiere. Mittlerweile wird geschätzt, dass sich nicht weniger als 12 000 Soldaten aus Nordkorea in Russland "
     "befinden.", [(12000, "xxx-unattributed")]),
    # (a named source in the sentence still speaks: "Laut der BBC wird geschätzt, dass ...")
    ("Laut der BBC wird geschätzt, dass Russland mehr als eine Million Barrel Öl an Nordkorea geliefert hat.",
     [(1000000, "gbr-bbc")]),
])
def test_session_32_batch_26_who_speaks(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2024-11")] == expected


@pytest.mark.parametrize("text, quantity", [
    ("Nordkorea ist verantwortlich für 10 000 Söldner, die auf der Seite Putins in den Krieg eintreten.", 10000),
    ("Es gibt Berichte, wonach 100.000 nordkoreanische Freiwillige bereit sind, sich an dem Konflikt zu beteiligen.",
     100000),
])
def test_session_32_mercenaries_and_volunteers_are_troops(text, quantity):
    assert [(r.__table__, r.quantity) for r in _numeric(text, "2024-11")] == [("deployments", quantity)]


def test_session_32_machine_translated_thousands_with_any_digits():
    # machine translation splits thousands with a point and a space: "11. 000", also "17. 800" (not 800)
    text = "Derzeit arbeiten laut NIS mindestens 17. 800 Arbeiter aus Nordkorea in der Russischen Föderation."
    assert [(r.quantity, r.quantity_qualifier.value) for r in _numeric(text, "2025-10")] == [(17800, "at_least")]
    assert len(split_sentences(text)) == 1


@pytest.mark.parametrize("text, expected", [
    # countries that accused North Korea ("haben ... vorgeworfen"): each of them
    ("Die Ukraine, die Vereinigten Staaten und Südkorea haben dem atomar bewaffneten Pjöngjang vorgeworfen, mehr als "
     "10.000 Soldaten entsandt zu haben.",
     [(10000, "ukr-government"), (10000, "usa-government"), (10000, "kor-government")]),
    # (the accused of a passive "wird ... vorgeworfen" is no speaker)
    ("Schon seit Längerem wird Russland vorgeworfen, 10.000 nordkoreanische Soldaten in Kursk einzusetzen.",
     [(10000, "xxx-unattributed")]),
    # "wie Analysen des ... OSC nahelegen"
    ("Nordkorea liefert Munition. Seit August 2023 wurden mindestens 15.000 Container mit Munition nach Russland "
     "verschifft, wie Analysen des britischen \"Open Source Centre\" (OSC) nahelegen.", [(15000, "gbr-osc")]),
    # a reporter nobody knows, then "dass" and the leader who sends: the leader is no speaker
    ("Zur Lage in der Ukraine berichtet Stefan Niemann, dass offenbar Nordkoreas Machthaber Kim Jong-un zur "
     "Unterstützung der Russen nochmal 3.000 Soldaten in den Raum Kursk schickt.", [(3000, "xxx-unattributed")]),
    # "Dieser hatte am Vortag gesagt": the person named last before speaks
    ("Peskow antwortete auf eine Frage zu einer Äußerung des ukrainischen Präsidenten Wolodymyr Selenskyj. Dieser hatte "
     "am Vortag gesagt, dass 11.000 nordkoreanische Soldaten in Kursk seien.", [(11000, "ukr-president")]),
    # South Korea's national security adviser speaks for the presidential office (the details of what he revealed
    # after a colon, as batch 27's text has it: "Nordkorea soll ..." opening a sentence is background since session 35)
    ("Dies enthüllte der südkoreanische Sicherheitsberater Shin Won-sik in einem Interview. Die Details sind "
     "alarmierend: Nordkorea soll bis zu 10.000 Soldaten nach Russland geschickt haben.", [(10000, "kor-presidential-office")]),
])
def test_session_32_batch_27_who_speaks(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-01")] == expected


@pytest.mark.parametrize("text, expected", [
    ("Der Geheimdienst sagte, russische Schiffe hätten 1.500 nordkoreanische Spezialeinsatzkräfte nach Wladiwostok "
     "verlegt.", [("deployments", 1500)]),
    # "einige der elftausend ... Verluste erlitten": some of them, so the 11.000 stay a deployment
    ("Selenskyj sagte, dass einige der elftausend in Kursk stationierten nordkoreanischen Truppen im Kampf mit "
     "ukrainischen Streitkräften Verluste erlitten hätten.", [("deployments", 11000)]),
])
def test_session_32_batch_27_what_the_number_counts(text, expected):
    assert [(r.__table__, r.quantity) for r in _numeric(text, "2025-01")] == expected


@pytest.mark.parametrize("text, expected", [
    # "eigene Soldaten": the people of the country named before them
    ("In den vergangenen Wochen schickte Nordkorea dann mehr als 10.000 eigene Soldaten in die russische Grenzregion "
     "Kursk.", [("deployments", 10000)]),
    ("Russland selbst hat im Raum Kursk rund 50.000 eigene Soldaten zusammengezogen, darunter Nordkoreaner.", []),
    # "sollen es ... sein" counts the people the paragraph named before, though nothing was counted yet
    ("Wie viele der nordkoreanischen Soldaten bislang nach Kursk verlegt wurden, ist unklar. US-Schätzungen aus dem "
     "November zufolge sollen es 8000 bis 10.000 sein.", [("deployments", 8000)]),
])
def test_session_32_batch_28_what_the_number_counts(text, expected):
    assert [(r.__table__, r.quantity) for r in _numeric(text, "2025-01")] == expected


@pytest.mark.parametrize("text", [
    # a unit's designation is no count
    "Laut HUR nahmen Soldaten der taktischen Gruppe 84 der Spezialeinsatzkräfte einen nordkoreanischen Soldaten gefangen.",
    # Russia's own people killed by North Korean fire
    "Nordkoreanische Soldaten eröffneten das Feuer auf verbündete tschetschenische Soldaten. Dabei seien acht Mitglieder "
    "des „Achmat“-Bataillons getötet worden, teilte der HUR mit.",
    "Nordkoreanische Soldaten eröffneten Friendly Fire auf die Fahrzeuge des Akhmat-Bataillons und töteten dabei acht "
    "Kadyrow-Soldaten.",
])
def test_session_32_batch_28_no_north_korean_count(text):
    assert _numeric(text, "2025-01") == []


def test_session_32_a_company_is_no_designation():
    # (a count after "Kompanie" with a hedge stays one: "aus seiner Kompanie an die 300 Kameraden gefallen")
    text = "Der nordkoreanische Gefangene sagte, in den ersten Tagen seien aus seiner Kompanie an die 300 Kameraden gefallen."
    assert [(r.quantity, r.casualty_type.value) for r in _numeric(text, "2025-01")] == [(300, "killed")]


# --- session 33 ----------------------------------------------------------------------------------


@pytest.mark.parametrize("space", ["\u2007", "\u202f", "\u2009", "\u00a0"])
def test_session_33_thousands_grouped_by_any_fixed_space(space):
    # a figure space is the typographer's separator of thousands ("11 000")
    (record,) = _numeric(f"Laut NIS sind 11{space}000 nordkoreanische Soldaten in Kursk.", "2024-11")
    assert (record.quantity, record.claimant_id) == (11000, "kor-nis")


@pytest.mark.parametrize("text, expected", [
    # a distance between the count and its verb does not end what the number counts
    ("Sie sagten, 18 nordkoreanische Soldaten seien bereits sieben Kilometer von der Grenze zur Ukraine entfernt "
     "desertiert.", [("casualties", 18, "missing")]),
    # an adverb before an adjective between a number and its noun ("nicht trächtige", "schwer bewaffnete")
    ("Laut Rosselchosnadsor hat Russland 432 nicht trächtige Ziegen nach Nordkorea geliefert.",
     [("deliveries", 432, None)]),
    ("Laut NIS hat Nordkorea 1000 schwer bewaffnete Soldaten nach Russland geschickt.", [("deployments", 1000, None)]),
    # the people of the occupying power are Russia's, not North Korea's
    ("Kiew spricht von 11'000 Nordkoreanern. Das ukrainische Militär bindet dort nach eigenen Angaben insgesamt rund "
     "«50'000 Angehörige der Besatzungsmacht».", [("deployments", 11000, None)]),
    # (but soldiers put at the Russian army's disposal stay North Korea's)
    ("Nach ukrainischen Geheimdienstinformationen stellt Nordkorea bis zu 30.000 weitere Soldaten der russischen Armee "
     "zur Verfügung.", [("deployments", 30000, None)]),
    # soldiers called home and people sent home are no deployment, North Korean or not
    ("Laut NIS seien rund 2000 nordkoreanische Soldaten bereits wieder nach Nordkorea zurückberufen worden.", []),
    ("Russland berichtete von 11.490 nordkoreanischen Arbeitern. Kuwait schickte 904 Nordkoreaner heim, Vietnam 51.",
     [("deployments", 11490, None)]),
    # the army at home
    ("Laut NIS stehen 200.000 Kommandosoldaten im aktiven Dienst der Volksarmee. Nach Russland schickte Nordkorea "
     "11.000 Soldaten.", [("deployments", 11000, None)]),
    # goods that arrive, are sent ("schicke") or donated are delivered
    ("Die russische Botschaft berichtete, dass am Mittwoch 2.895 Tonnen Weizen in Nordkorea eingetroffen seien.",
     [("deliveries", 2895, None)]),
    ("Nordkorea leide Hunger, sagte Beasley. Russland habe darauf reagiert und schicke nun 50.000 Tonnen Mehl.",
     [("deliveries", 50000, None)]),
    ("Russland erwäge, Nordkorea 50.000 Tonnen Weizen zu spenden.", [("deliveries", 50000, None)]),
    # all of Russia's grain exports are no delivery to North Korea
    ("Russland lieferte 2.000 Tonnen Weizen nach Nordkorea. Die Getreideexporte aus Russland beliefen sich 2019 auf "
     "43,3 Millionen Tonnen.", [("deliveries", 2000, None)]),
    # a count changing "von ... auf ...", each with its time
    ("Laut NIS stieg die Zahl der nordkoreanischen Soldaten in Kursk von 11.000 im Dezember auf 14.000 im Januar.",
     [("deployments", 11000, None), ("deployments", 14000, None)]),
    # (both dated before the war, whose cooperation is the dataset's scope from 2023: history since session 44)
    ("Russland berichtete, dass die Zahl der nordkoreanischen Staatsbürger, die Arbeitsvisa besitzen, von 30.023 am 31. "
     "Dezember 2017 auf 11.490 am 31. Dezember 2018 gesunken sei.", []),
    ("Russland berichtete, dass die Zahl der nordkoreanischen Staatsbürger, die Arbeitsvisa besitzen, von 30.023 am 31. "
     "Dezember 2023 auf 11.490 am 31. Dezember 2024 gesunken sei.", [("deployments", 30023, None), ("deployments", 11490, None)]),
])
def test_session_33_what_the_number_counts(text, expected):
    assert [(r.__table__, r.quantity, getattr(r, "casualty_type", None) and r.casualty_type.value)
            for r in _numeric(text, "2024-11")] == expected


@pytest.mark.parametrize("text, expected", [
    # an embassy speaks for its government; the one in Seoul has an id of its own
    ("Moskau hat laut Angaben der russischen Botschaft in Pjöngjang vom Mittwoch 4.000 Tonnen Weizen nach Nordkorea "
     "geliefert.", [(4000, "rus-government")]),
    ("Die russische Botschaft in Pjöngjang teilte am Montag mit, ein Schiff sei angekommen. Nach Angaben der Botschaft "
     "wurden 2.092 Tonnen Weizen nach Nordkorea geliefert.", [(2092, "rus-government")]),
    ("Die russische Botschaft in Seoul erklärte, Berichte über 1000 getötete Nordkoreaner seien Propaganda.",
     [(1000, "rus-embassy-seoul")]),
    # whoever information lies with says so
    ("Den Vereinigten Staaten liegen Informationen vor, dass Nordkorea mehr als 1.000 Container mit Munition an "
     "Russland geliefert hat.", [(1000, "usa-government")]),
    # "Wie verlautete" names nobody
    ("Der russische Botschafter in Nordkorea, Alexander Mazegora, sagte, alle Arbeiter würden heimkehren. Wie "
     "verlautete, seien in Russland rund 37.000 Nordkoreaner auf Baustellen beschäftigt.", [(37000, "xxx-unattributed")]),
    # a person reporting inside reported speech speaks for themselves ...
    ("Der südkoreanische Geheimdienst teilte mit, Nordkorea wolle 12.000 Soldaten schicken. Der ukrainische Präsident "
     "Wolodimir Selenski habe ebenfalls von bis zu 10.000 nordkoreanischen Soldaten berichtet, die auf dem Weg seien.",
     [(12000, "kor-nis"), (10000, "ukr-president")]),
    # ... a promise stays the carried source's report, and whom the speaker told is no speaker
    ("Der südkoreanische Geheimdienst teilte mit, Nordkorea wolle 12.000 Soldaten schicken. Kim habe zugesagt, weitere "
     "3000 Soldaten zu schicken.", [(12000, "kor-nis"), (3000, "kor-nis")]),
    ("Ukrainische Geheimdienste haben berichtet, dass Nordkorea bis zu 12.000 Soldaten nach Russland schickt. Der "
     "ukrainische Präsident Wolodymyr Selenskyj sagte am Dienstag, er habe dem südkoreanischen Präsidenten Yoon Suk Yeol "
     "mitgeteilt, dass 3.000 nordkoreanische Kämpfer auf russischen Übungsplätzen seien.",
     [(12000, "ukr-government"), (3000, "ukr-president")]),
    ("Der ukrainische Präsident Wolodymyr Selenskyj sagte am Dienstag, er habe dem südkoreanischen Präsidenten Yoon Suk "
     "Yeol mitgeteilt, dass 3.000 nordkoreanische Kämpfer auf russischen Übungsplätzen seien.", [(3000, "ukr-president")]),
    # a quotation belongs to whoever its end names, not to the source carried into it
    ("Selenskyj sprach am Abend. Armeechef Oleksandr Syrskyj habe ihm berichtet, es gäbe Informationen über zwei "
     "Einheiten aus Nordkorea. \"Das könnten zwei Brigaden mit je 6.000 Mann sein. Es ist wichtig, dass sich unsere "
     "Partner nicht verstecken\", erklärte Selenskyj.", [(6000, "ukr-president")]),
    # a country right after the verb that follows the source is the subject, not a second source
    ("Laut ukrainischen Medien bildet Russland eine Einheit von 3.000 nordkoreanischen Soldaten.", [(3000, "ukr-media")]),
    # the World Food Programme is the UN's
    ("WFP-Exekutivdirektor David Beasley sagte, Russland schicke nun 50.000 Tonnen Mehl nach Nordkorea.",
     [(50000, "int-un")]),
    # Russia's plant and animal health service by its German name, and "die Abteilung" for its department
    ("Dies gab die lokale Abteilung des russischen Aufsichtsdienstes für Tier- und Pflanzengesundheit am Freitag bekannt. "
     "„Ab Anfang 2019 wurden 8.400 Tonnen Weizen nach Nordkorea exportiert“, so die Abteilung.",
     [(8400, "rus-rosselkhoznadzor")]),
])
def test_session_33_who_speaks(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2024-11")] == expected


@pytest.mark.parametrize("text, expected", [
    ("Der NIS hat enthüllt, dass bereits 1.500 nordkoreanische Spezialkräfte entsandt wurden. Insgesamt wird erwartet, dass bis zu "
     "12.000 nordkoreanische Soldaten geschickt werden.", [(1500, "asserted"), (12000, "expected")]),
    ("„Ich weiß, dass es ein Vorhaben gibt, 10.000 nordkoreanische Soldaten auszubilden“, sagte Selenskyj.",
     [(10000, "expected")]),
    # (a goal of those already sent is no plan to send them)
    ("Laut NIS wurden 11.000 nordkoreanische Soldaten mit der Absicht geschickt, Kursk zurückzuerobern.",
     [(11000, "asserted")]),
    ("Kossatschow erklärte, Russland erwäge die Option, Nordkorea 50.000 Tonnen Weizen zu spenden.",
     [(50000, "possible")]),
])
def test_session_33_modality(text, expected):
    assert [(r.quantity, r.modality.value) for r in _numeric(text, "2024-11")] == expected


@pytest.mark.parametrize("text, expected", [
    # "die Gesamtzahl ... auf" counts what was counted before, casualties included
    ("Der Geheimdienst sagte, etwa zweitausend nordkoreanische Soldaten seien gefallen. Laut offiziellen Berichten "
     "könnte die Gesamtzahl noch auf bis zu 3000 ansteigen.", [(2000, "killed", "kor-nis"), (3000, "killed", "xxx-unattributed")]),
    # "Das in den USA ansässige Institut" opens with an article, not a pronoun pointing back
    ("Ukrainische Medien berichteten, 18 nordkoreanische Soldaten seien desertiert. Das in den USA ansässige Institute "
     "for the Study of War erklärte, es könne die Berichte nicht bestätigen.", [(18, "missing", "ukr-media")]),
])
def test_session_33_elliptic_totals_and_articles(text, expected):
    assert [(r.quantity, r.casualty_type.value, r.claimant_id) for r in _numeric(text, "2024-11")] == expected


@pytest.mark.parametrize("text, expected", [
    # "sowohl ... als auch": both are sources
    ("In der Zwischenzeit haben sowohl Südkorea als auch die Vereinigten Staaten bestätigt, dass Pjöngjang 3.000 seiner "
     "Militärangehörigen entsandt hat.", [(3000, "kor-government"), (3000, "usa-government")]),
    # a body named with its country in a compound, and the ambassador by name
    ("Der Ukraine-Geheimdienst geht davon aus, dass derzeit etwa 12.000 nordkoreanische Soldaten in Russland sind, "
     "unter ihnen 500 Offiziere.", [(12000, "ukr-government"), (500, "ukr-government")]),
    ("Gegenüber der koreanischen Ausgabe des US-Radioprogramms \"Voice of America\" erklärte Ponomarenko zuletzt, dass "
     "die Zahl der nordkoreanischen Truppen in Kursk von derzeit geschätzten 11.000 auf 15.000 ansteigen könnte.",
     [(11000, "ukr-government"), (15000, "ukr-government")]),
    # whoever spread the figure named just before
    ("Zuletzt war über eine Truppenstärke von 10.000 Nordkoreanern berichtet worden. Westliche Geheimdienste hatten "
     "diese Zahl verbreitet.", [(10000, "xxx-western-officials")]),
])
def test_session_33_batch_30_sources(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2024-11")] == expected


@pytest.mark.parametrize("text, expected", [
    # the second count of a change counts what the first did; the modality is its own
    ("Südkoreanische Geheimdienste weisen darauf hin, dass etwa 3.000 Soldaten aus Nordkorea nach Russland transportiert "
     "wurden. Diese Zahl könnte bis Ende Dezember auf 10.000 steigen.", [(3000, "asserted"), (10000, "possible")]),
    # (a year is no count: "aus dem Jahr 2016 ... auf 28 verschiedene Websites")
    ("Laut einer Untersuchung aus dem Jahr 2016 konnten Nordkoreaner damals nur auf 28 verschiedene Websites zugreifen.", []),
    # a second group of the same size is a second claim
    ("Der südkoreanische Geheimdienst hatte am Freitag mitgeteilt, dass 1500 nordkoreanische Soldaten nach Russland "
     "verlegt worden seien. Am Mittwoch habe der Geheimdienst mitgeteilt, dass 1500 weitere nordkoreanische Soldaten "
     "entsandt wurden.", [(1500, "asserted"), (1500, "asserted")]),
    # a cap in the past is a baseline, not a delivery
    ("Nordkorea liefert Munition nach Russland. Die Bilder zeigten etwa 73 Waggons, während eine Überprüfung früherer "
     "Satellitenbilder der letzten fünf Jahre höchstens etwa 20 Waggons in dieser Anlage zeige.", [(73, "asserted")]),
    # the same two people, seen again in photos, are no second casualty count
    ("Die Ukraine hatte am Samstag die Gefangennahme von zwei nordkoreanischen Soldaten bekannt gegeben. Selenskyj "
     "veröffentlichte Fotos von zwei verletzten Männern.", [(2, "asserted")]),
])
def test_session_33_batch_30_counts(text, expected):
    assert [(r.quantity, r.modality.value) for r in _numeric(text, "2024-11")] == expected


@pytest.mark.parametrize("text, expected", [
    ("Bislang konnte erst ein nordkoreanischer Soldat durch die ukrainischen Streitkräfte gefangengenommen werden.",
     [(1, "captured")]),
    ("Laut NIS wurde nur ein nordkoreanischer Soldat getötet.", [(1, "killed")]),
    # ("ein" alone is an article)
    ("Ein nordkoreanischer Soldat wurde getötet, sagte der NIS.", []),
])
def test_session_33_one_soldier_after_erst_and_nur(text, expected):
    assert [(r.quantity, r.casualty_type.value) for r in _numeric(text, "2024-11")] == expected


def test_session_33_a_body_quoted_after_its_government_restates_the_figure():
    text = ("Die US-Regierung schätzt die Zahl der von Nordkorea nach Russland geschickten Soldaten auf 10.000. \"Wir "
            "glauben, dass Nordkorea rund 10.000 Soldaten geschickt hat\", sagte die stellvertretende Sprecherin des "
            "US-Verteidigungsministeriums, Sabrina Singh.")
    assert [(r.quantity, r.claimant_id, r.quantity_qualifier.value) for r in _numeric(text, "2024-10")] == [
        (10000, "usa-dod", "approx")]


@pytest.mark.parametrize("text, expected", [
    # a source named by its genitive after the noun
    ("Die Vermutung Seouls, dass bis Dezember weitere 10.000 nordkoreanische Soldaten folgen sollen, wurde bestätigt.",
     [(10000, "kor-government", "expected")]),
    ("Nach Einschätzung Kiews sind 11.000 nordkoreanische Soldaten in Kursk.", [(11000, "ukr-government", "asserted")]),
    # the modality of a claim reads back past numbers that count nothing
    ("Laut Yonhap wolle Nordkorea insgesamt „vier Brigaden mit 12.000 Soldaten“ nach Russland schicken.",
     [(12000, "kor-yonhap", "expected")]),
    ("Laut NIS könnte Nordkorea bis 2025 insgesamt 10.000 Soldaten schicken.", [(10000, "kor-nis", "possible")]),
    # (but not past a claim before it: "Nordkorea will 1.000 ..., hat aber bereits 11.000 ...")
    ("Laut NIS hat Nordkorea 11.000 Soldaten geschickt und will 3.000 weitere schicken.",
     [(11000, "kor-nis", "asserted"), (3000, "kor-nis", "expected")]),
])
def test_session_33_batch_31_sources_and_modality(text, expected):
    assert [(r.quantity, r.claimant_id, r.modality.value) for r in _numeric(text, "2024-11")] == expected


def test_session_33_the_1980s_are_history():
    text = ("In den 1980er Jahren haben etwa 3.000 nordkoreanische Soldaten im angolanischen Bürgerkrieg gekämpft. Das "
            "Pentagon bestätigte, dass etwa 10.000 nordkoreanische Truppen nach Russland geschickt wurden – das erste "
            "Mal seit den frühen 1950er Jahren, dass Nordkorea einen großen Krieg führt.")
    assert [r.quantity for r in _numeric(text, "2024-11")] == [10000]


def test_session_33_exceeded_before_the_number():
    text = ("Schätzungen zufolge überstieg die Zahl der Opfer in den Reihen der nordkoreanischen Streitkräfte 3.000, "
            "darunter etwa 300 Tote.")
    assert [(r.quantity, r.quantity_qualifier.value) for r in _numeric(text, "2024-12")] == [(3000, "more_than"),
                                                                                            (300, "approx")]


def test_session_33_one_claim_stated_twice_keeps_its_hedge():
    text = ("Russland hat seit März eine Million Barrel Öl nach Nordkorea geschickt, wie aus einer Analyse hervorgeht. "
            "Demnach lieferte Russland in diesem Jahr mindestens eine Million Barrel Öl nach Nordkorea.")
    assert [(r.quantity, r.quantity_qualifier.value) for r in _numeric(text, "2024-11")] == [(1000000, "at_least")]


@pytest.mark.parametrize("text, expected", [
    ("Nach Angaben des NIS hat Nordkorea bisher etwa dreitausend Soldaten nach Russland geschickt, wobei die Gesamtzahl "
     "bis Dezember voraussichtlich auf etwa zehntausend ansteigen wird.", [(3000, "asserted"), (10000, "expected")]),
    ("Die Ukraine erwarte, dass die Zahl der nordkoreanischen Soldaten auf rund 12.000 ansteigen werde.",
     [(12000, "expected")]),
    ("Laut den Behörden in Seoul ist Nordkorea bereit, bis zu 12.000 Soldaten zu entsenden.", [(12000, "expected")]),
    ("Der NIS teilte mit, Pjöngjang verspreche, bis Dezember insgesamt 10.000 nordkoreanische Truppen zu entsenden.",
     [(10000, "expected")]),
    # (a later clause's plan is not the figure's)
    ("Im Dezember bezifferte der HUR den Bestand an nordkoreanischen Haubitzen auf 120 Stück; sein Chef kündigte an, es "
     "würden noch mehr folgen.", [(120, "asserted")]),
    ("Selensky sagte, dass er Daten über 3000 nordkoreanische Soldaten geteilt hat und dass diese Zahl voraussichtlich "
     "auf etwa 12000 steigen wird.", [(3000, "asserted"), (12000, "expected")]),
    ("Laut NIS sollen weitere 6000 nordkoreanische Pioniere und Militärbauer bis Jahresende in Kursk eintreffen.",
     [(6000, "expected")]),
])
def test_session_33_future_and_readiness(text, expected):
    assert [(r.quantity, r.modality.value) for r in _numeric(text, "2024-11")] == expected


@pytest.mark.parametrize("text, expected", [
    # "laut" inside hearsay points to no one after it
    ("Laut Medienberichten soll Machthaber Kim Jong-un rund 10.000 Soldaten geschickt haben.", [(10000, "xxx-unattributed")]),
    # intelligence services, unnamed, as the subject
    ("Geheimdienste haben herausgefunden, dass bereits mindestens 11.000 nordkoreanische Soldaten in Kursk sind.",
     [(11000, "xxx-western-officials")]),
    ("Südkoreanische Geheimdienste haben herausgefunden, dass bereits mindestens 11.000 nordkoreanische Soldaten in "
     "Kursk sind.", [(11000, "kor-nis")]),
    # the 27 members of the EU are states
    ("Die Vertreter der 27 EU-Mitglieder einigten sich auf Sanktionen wegen der 11.000 nordkoreanischen Soldaten.",
     [(11000, "xxx-unattributed")]),
    # "werden es bald 12.000 sein"
    ("Laut unseren Geheimdiensten werden es bald 12.000 nordkoreanische Soldaten sein, sagte Selenskyj.",
     [(12000, "ukr-president")]),
])
def test_session_33_batch_32(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2024-11")] == expected
    if "bald" in text:
        assert _numeric(text, "2024-11")[0].modality.value == "expected"


def test_session_33_losses_among_soldiers_put_at_a_number():
    text = "Selenskyj schätzte die Verluste unter den nordkoreanischen Soldaten auf etwa 3.000."
    assert [(r.__table__, r.quantity, r.casualty_type.value) for r in _numeric(text, "2025-01")] == [
        ("casualties", 3000, "killed_or_wounded")]


@pytest.mark.parametrize("text", [
    # a test launch into the sea is no delivery
    "Nordkorea hat erneut zwei ballistische Raketen abgefeuert, die ins Japanische Meer stürzten.",
    # money from trade with China
    "Laut dem Observatory of Economic Complexity liefere Nordkorea jährlich Fisch im Wert von 2,69 Millionen Dollar an "
    "das chinesische Festland.",
])
def test_session_33_launches_and_trade_with_china_are_no_deliveries(text):
    assert _numeric(text, "2024-04") == []


def test_session_33_own_soldiers_of_the_subject_not_of_the_dative():
    text = ("Vor einem Monat kursierten in den westlichen Medien Berichte, wonach Nordkorea Russland bis zu 100 000 eigene "
            "Soldaten für den Kampf in der Ukraine angeboten habe.")
    assert [(r.quantity, r.quantity_qualifier.value) for r in _numeric(text, "2022-09")] == [(100000, "up_to")]


def test_session_33_goods_counted_with_another_country_are_no_claim():
    text = ("Seit Kriegsbeginn hat Moskau schätzungsweise fünf bis sieben Millionen Granaten aus Iran und Nordkorea "
            "bezogen. Aus Nordkorea allein kamen laut NIS mehr als drei Millionen Granaten.")
    assert [r.quantity for r in _numeric(text, "2025-02")] == [3000000]


@pytest.mark.parametrize("text, expected", [
    ("Die USA schätzen, dass 3.000 Soldaten aus Nordkorea getötet oder verwundet wurden. Südkorea spricht von 1.100 "
     "solcher Personen.", [(3000, "killed_or_wounded", "usa-government"), (1100, "killed_or_wounded", "kor-government")]),
    # the embassy "in der DVRK"
    ("Laut einer Mitteilung der russischen Botschaft in der DVRK hat Minister Kosslow über 70 Tiere aus dem Moskauer Zoo "
     "an den Zoo in Pjöngjang übergeben.", [(70, None, "rus-government")]),
])
def test_session_33_batch_34(text, expected):
    assert [(r.quantity, getattr(r, "casualty_type", None) and r.casualty_type.value, r.claimant_id)
            for r in _numeric(text, "2024-11")] == expected


def test_session_33_reports_circulating_in_the_media_are_hearsay():
    text = ("Ein US-Beamter sagte, es sei zu erwarten, dass Russland weitere Ausrüstung kaufen werde. Vor einem Monat "
            "kursierten in den westlichen Medien Berichte, wonach Nordkorea Russland bis zu 100 000 eigene Soldaten "
            "angeboten habe.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2022-09")] == [(100000, "xxx-unattributed")]


# --- session 34 ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a person's name of three words inside the unit's attribute
    ("Niemand weiß, was die 10'000 von Kim Jong Un entsandten Soldaten in Russland tun.", [10000]),
    # what North Korea's help includes is a count; what a division consists of is not
    ("Nordkorea hat eine Rolle im Krieg übernommen. Es geht um eine militärische Unterstützung für Russland, die "
     "Raketen, Artillerie und bis zu 15.000 Soldaten umfasst.", [15000]),
    ("Nordkorea schickte Soldaten nach Russland. Eine russische Division, die 10.000 Soldaten umfasst, kämpft bei "
     "Kursk.", []),
    # soldiers at the border between the Koreas
    ("Etwa 20 nordkoreanische Soldaten haben die Demarkationslinie überschritten, Südkorea gab Warnschüsse ab.", []),
    ("Nordkorea hat 20.000 Soldaten nach Russland geschickt, sie kämpfen an der Grenze zur Ukraine.", [20000]),
])
def test_session_34_what_the_number_counts(text, expected):
    assert [r.quantity for r in _numeric(text, "2025-05")] == expected


def test_session_34_a_comment_on_what_was_said_is_the_writers():
    text = ("Der nordkoreanische Führer Kim Jong Un erklärte, dass nordkoreanische Truppen eingesetzt werden. Diese "
            "Äußerungen stehen im Kontext einer Unterstützung für Russland, die Raketen und bis zu 15.000 Soldaten "
            "umfasst.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-05")] == [(15000, "xxx-unattributed")]


def test_session_34_who_sent_the_counted_people_is_no_speaker():
    text = "Man spricht von den 10.000 von Pjöngjang entsandten Soldaten."
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2024-11")] == [(10000, "xxx-unattributed")]


@pytest.mark.parametrize("text, expected", [
    # a confirmation of another's findings: both claim the figure
    ("Die USA hatten gestern Angaben aus Südkorea bestätigt, nach denen bereits 3.000 Nordkoreaner in russischen "
     "Militäreinrichtungen ausgebildet werden.", [(3000, "usa-government"), (3000, "kor-government")]),
    # speculation in the media is hearsay, whoever spoke before
    ("Lawrow kündigte an, in Kursk ein Denkmal zu errichten. Für Spekulationen in Medien sorgt nun die Möglichkeit "
     "einer Beteiligung von bis zu 30.000 nordkoreanischen Truppen, die in der Ukraine operieren könnten.",
     [(30000, "xxx-unattributed")]),
    # an agency cited by a tabloid
    ("Kim Jong-un hat Russland 100.000 Soldaten für den Krieg angeboten. Das berichtet die britische Daily Mail unter "
     "Berufung auf die russische Agentur Regnum.", [(100000, "rus-regnum")]),
])
def test_session_34_batch_36_claimants(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2024-10")] == expected


@pytest.mark.parametrize("text, modality", [
    # an offer of soldiers made is a plan, not a deployment
    ("Kim Jong-un hat Russland über diplomatische Kanäle 100.000 Soldaten angeboten.", "expected"),
    # a readiness declared, the gender colon inside the clause
    ("Nordkorea hat sich bereiterklärt, 100.000 Soldat:innen zu seinem Verbündeten Russland zu schicken.", "expected"),
    # a new subject's guess after "und" is not the count's
    ("Das JCS sagte, dass nordkoreanische Truppen etwa 1.100 Opfer erlitten hätten und Pjöngjang sich möglicherweise "
     "auf die Entsendung weiterer Truppen vorbereite.", "asserted"),
])
def test_session_34_batch_36_modality(text, modality):
    assert [r.modality.value for r in _numeric(text, "2024-10")] == [modality]


def test_session_34_money_from_hacks_is_no_payment():
    text = ("Nordkoreanische Hacker waschen Kryptowährungen auf russischen Börsen. Die Einnahmen des Landes durch Hacks "
            "erreichten im vergangenen Jahr 1,65 Milliarden Dollar.")
    assert _numeric(text, "2023-02") == []


@pytest.mark.parametrize("text, modality", [
    # the future at a subordinate clause's end, and "wird ... versorgen", "wird ... zur Verfügung stellen"
    ("Die russische Militärführung erklärte, dass Nordkorea weitere 6.000 Soldaten nach Russland schicken werde.",
     "expected"),
    ("Im Gegenzug wird Moskau Pjöngjang mit fast 700.000 Tonnen Reis versorgen.", "expected"),
    ("Laut dem Sicherheitsrat wird Nordkorea Russland 1.000 Pioniere zur Verfügung stellen.", "expected"),
    # a clause of its own after ", und es ist wahrscheinlich, dass": its future is not the count's
    ("Nordkorea hat Russland laut Seoul 200 Langstreckengeschütze zur Verfügung gestellt, und es ist wahrscheinlich, "
     "dass es weiterhin Waffen liefern wird.", "asserted"),
])
def test_session_34_future_tense(text, modality):
    assert [r.modality.value for r in _numeric(text, "2025-02")] == [modality]


@pytest.mark.parametrize("text, claimant", [
    # the force that killed or captured reports its own result
    ("Ukrainische Spezialkräfte sollen 21 nordkoreanische Soldaten getötet haben.", "ukr-government"),
    ("Die Truppen der Ukraine in der Oblast Kursk haben zwei nordkoreanische Soldaten gefangen genommen.",
     "ukr-government"),
    # (the passive names no force; an interviewer's line is the outlet's)
    ("In Kursk sollen 21 nordkoreanische Soldaten getötet worden sein.", "xxx-unattributed"),
    ("STANDARD: Die Ukraine hat zwei Nordkoreaner gefangen genommen. Was bedeutet das?", "xxx-unattributed"),
])
def test_session_34_a_force_reports_its_own_results(text, claimant):
    assert [r.claimant_id for r in _numeric(text, "2025-01")] == [claimant]


def test_session_34_who_came_up_with_the_news_reports_it():
    text = ("Schon einmal hatte der südkoreanische Geheimdienst (NIS) mit überraschenden Meldungen aufgewartet. So soll "
            "Nordkorea seit September 6700 Container an Russland geliefert haben.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2024-01")] == [(6700, "kor-nis")]


def test_session_34_unnamed_intelligence_services_as_subject():
    text = "Die Nachrichtendienste berichten, dass Nordkorea 50 selbstfahrende Haubitzen nach Russland geliefert hat."
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2024-11")] == [(50, "xxx-western-officials")]


@pytest.mark.parametrize("text, expected", [
    # who admits a figure claims it; a denial negated after its verb is none
    ("Der russische Präsident Putin erkannte an, dass Nordkorea 3.000 Soldaten nach Russland schickte.",
     [(3000, "rus-president", "asserted")]),
    ("Der russische Präsident Putin bestritt nicht, dass Nordkorea 3.000 Soldaten nach Russland schickte.",
     [(3000, "rus-president", "asserted")]),
    ("Moskau leugnet, 10.000 Soldaten aus Nordkorea erhalten zu haben.", [(10000, "xxx-unattributed", "denied")]),
    # estimates of nobody named are hearsay: the speaker of the paragraph before does not carry over
    ("Putin sagte, das sei seine Sache.\n\nUnd es wird besorgniserregend: Schätzungen zufolge könnten bis zu 12.000 "
     "nordkoreanische Soldaten in Russland ausgebildet werden.", [(12000, "xxx-unattributed", "possible")]),
    # what the soldiers pass as, inside the unit's attribute
    ("Nordkorea hat 12.000 als ethnische Minderheiten getarnte Soldaten nach Russland geschickt.",
     [(12000, "xxx-unattributed", "asserted")]),
])
def test_session_34_batch_37(text, expected):
    assert [(r.quantity, r.claimant_id, r.modality.value) for r in _numeric(text, "2024-12")] == expected


def test_session_34_arms_sales_are_earnings():
    text = ("Eine Studie hat ergeben, dass die Waffenverkäufe Nordkoreas an Russland stark angestiegen sind, mit "
            "Schätzungen von bis zu 5,5 Milliarden Dollar.")
    assert [(r.quantity, r.item_category.value) for r in _numeric(text, "2024-10")] == [(5500000000, "money")]


def test_session_34_the_denial_act_is_not_one_when_negated():
    text = "Der russische Präsident Putin bestritt nicht, dass Nordkorea 3.000 Soldaten nach Russland schickte."
    assert not [r for r in extract(text, published="2024-12") if r.__table__ == "diplomatic_acts"
                and r.act_type.value == "denial"]


@pytest.mark.parametrize("text, expected", [
    # "von ihnen": the people named in the sentence before, also across a paragraph break
    ("Die Zahl der nordkoreanischen Soldaten in Kursk ist weiter gestiegen.\n\n„In der Region Kursk gibt es bereits "
     "11.000 von ihnen“, sagte Selenskyj.", [(11000, "ukr-president")]),
    # (not the subject of the sentence itself: "seine Truppen hätten 76 von ihnen abgeschossen")
    ("Russland griff mit Drohnen an. Der Kommandeur sagte, seine Truppen hätten 76 von ihnen abgeschossen.", []),
])
def test_session_34_a_pronoun_for_people_named_before(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2024-11")] == expected


def test_session_34_a_change_of_estimate_gives_both_figures():
    # (a number grouped by a space may end the sentence: "10 000.")
    text = ("Das US-Verteidigungsministerium erhöhte seine Schätzung der nach Russland entsandten nordkoreanischen "
            "Truppen von 3000 auf 10 000.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2024-11")] == [(3000, "usa-dod"), (10000, "usa-dod")]


@pytest.mark.parametrize("text, expected", [
    # a unit or its adjective in German quotes; an offer made with the separable verb is a plan
    ("Kim Jong Un bot Russland 100.000 „freiwillige“ Soldaten an.", [(100000, "xxx-unattributed", "expected")]),
    ("Nordkorea schickt Arbeiter. Ob es tatsächlich 100.000 „Freiwillige“ sind, die Kim Jong Un Russland angeboten "
     "hat, wie das russische Staatsfernsehen Anfang August berichtete, ist fraglich.",
     [(100000, "rus-state-tv", "expected")]),
])
def test_session_34_quoted_units_and_offers(text, expected):
    assert [(r.quantity, r.claimant_id, r.modality.value) for r in _numeric(text, "2022-08")] == expected


def test_session_34_a_source_that_stresses_a_figure():
    text = ("Insgesamt sind rund 10.000 nordkoreanische Soldaten nach Russland geschickt worden, wie von ukrainischen "
            "Militärquellen hervorgehoben wird.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-01")] == [(10000, "ukr-government")]


@pytest.mark.parametrize("text, expected", [
    # a clause of hearsay after the source's clause is nobody's
    ("Der südkoreanische Geheimdienst NIS hat enthüllt, dass etwa 6000 nordkoreanische Soldaten getötet oder verletzt "
     "wurden, während angenommen wird, dass etwa 600 Soldaten ihr Leben verloren haben.",
     [(6000, "kor-nis"), (600, "xxx-unattributed")]),
    # (nor hearsay right at the source's verb)
    ("Der Chef des ukrainischen Verteidigungsgeheimdienstes, Kyrylo Budanov, sagte Berichten zufolge, dass derzeit etwa "
     "11.000 nordkoreanische Infanterietruppen in Russland ausgebildet werden.", [(11000, "ukr-government")]),
    # (but a source's "laut" covers its clause, hearsay words inside it included)
    ("Laut einer Analyse des Open Source Centre, einer Forschungsgruppe in Großbritannien, hat Russland Berichten "
     "zufolge mehr als eine Million Barrel Öl an Nordkorea geliefert.", [(1000000, "gbr-osc")]),
])
def test_session_34_hearsay_after_the_sources_clause(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-01")] == expected


@pytest.mark.parametrize("text, expected", [
    # who is to follow is a plan; "Davon geht ... aus" names the source of the sentence before
    ("Nach den Angaben des südkoreanischen Geheimdienstes sollen weitere 6.000 Soldaten aus Nordkorea folgen.",
     [(6000, "kor-nis", "expected")]),
    ("Im Ukraine-Krieg sind bisher angeblich 2.000 nordkoreanische Soldaten getötet worden. Davon geht der "
     "südkoreanische Geheimdienst nach neuen Schätzungen aus.", [(2000, "kor-nis", "asserted")]),
    # a figure called an invention is denied by who calls it so
    ('Kremlsprecher Dmitri Peskow bezeichnete die Zahl von 30.000 Soldaten aus Nordkorea als "Erfindung".',
     [(30000, "rus-kremlin", "denied")]),
])
def test_session_34_batch_38(text, expected):
    assert [(r.quantity, r.claimant_id, r.modality.value) for r in _numeric(text, "2025-03")] == expected


@pytest.mark.parametrize("text, expected", [
    # who supplies figures gives them; the reported speech after it carries the source
    ("Nun liefert der südkoreanische Nachrichtendienst (NIS) erstmals konkrete Zahlen zu den Verlusten. Allein im "
     "Dezember sollen mindestens 100 nordkoreanische Soldaten ums Leben gekommen sein.", [(100, "kor-nis", "asserted")]),
    # the sanctions monitoring team by its mixed name
    ("Ein Bericht des Multinationalen Sanctions Monitoring Teams hat ergeben, dass Nordkorea 20.000 Container nach "
     "Russland geliefert hat.", [(20000, "int-msmt", "asserted")]),
    # a plan by a day of a month, and the future at a clause's end
    ("Laut Budanow sollen rund 11.000 nordkoreanische Soldaten bis zum 1. November kampfbereit sein.",
     [(11000, "ukr-government", "expected")]),
    ("Budanow hatte gesagt, dass die erste Gruppe aus Nordkorea aus 2.600 Soldaten bestehen werde.",
     [(2600, "ukr-government", "expected")]),
])
def test_session_34_batch_38b(text, expected):
    assert [(r.quantity, r.claimant_id, r.modality.value) for r in _numeric(text, "2024-11")] == expected


def test_session_34_two_names_before_a_colon_are_the_topic():
    # (as a page repeats its headline after the teaser: no interview's speaker label either)
    text = ("Putin und Kim: Waffenhandel im Wert von 5,5 Milliarden Dollar entblößt!\n\nEine neue Studie analysiert den "
            "Waffenhandel zwischen Russland und Nordkorea, geschätzt auf bis zu 5,5 Milliarden Dollar.\n\n"
            "Putin und Kim: Waffenhandel im Wert von 5,5 Milliarden Dollar entblößt!\n\nBerlin (ots)")
    assert "rus-president" not in {r.claimant_id for r in _numeric(text, "2024-11")}


def test_session_34_the_size_of_a_unit_with_its_adjective():
    text = "Nordkorea schickte Soldaten nach Kursk. Ein russisches Bataillon umfasst offiziell bis zu 500 Soldaten."
    assert _numeric(text, "2025-01") == []


@pytest.mark.parametrize("text, expected", [
    # "werfen ... vor" with a number between the verb and its particle
    ("Die Ukraine und der Westen werfen rund 11.000 nordkoreanischen Soldaten vor, in der Region Kursk stationiert zu "
     "sein.", [(11000, "ukr-government"), (11000, "xxx-western-officials")]),
    # "Dies teilen ... mit" (present plural) names the source of the sentence before
    ("Etwa 600 nordkoreanische Soldaten sind im Krieg in der Ukraine nach südkoreanischen Angaben gefallen. Dies teilen "
     "südkoreanische Abgeordnete mit.", [(600, "kor-lawmakers")]),
])
def test_session_34_separable_verbs_of_saying(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-01")] == expected


# --- session 35 ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # the subject right before its number and its verb at the clause's end, also inside quotation marks
    ("Selenskyj sagte, er erwarte, dass die in Russland stationierten nordkoreanischen Truppen „bald 12.000“ betragen "
     "werden.", [(12000, "ukr-president", "expected")]),
    ("Der NIS sagte, dass die nordkoreanischen Soldaten in Russland inzwischen 11.000 ausmachen.",
     [(11000, "kor-nis", "asserted")]),
    # (the things of another noun are not counted: the costs of the soldiers)
    ("Er sagte, dass die Kosten der nordkoreanischen Soldaten 12.000 betragen.", []),
])
def test_session_35_a_subject_amounts_to_its_number(text, expected):
    assert [(r.quantity, r.claimant_id, r.modality.value) for r in _numeric(text, "2024-11")] == expected


def test_session_35_a_speaker_of_a_clause_joined_on_speaks_only_after_it():
    # "..., und am Mittwoch sagten ukrainische Beamte, ...": the count before that clause is the source's before
    text = ("Letzten Monat gaben die Vereinigten Staaten bekannt, dass Tausende nordkoreanische Truppen nach Russland "
            "geschickt werden. Am Dienstag hieß es, mindestens 10.000 hätten die Provinz Kursk erreicht, und am Mittwoch sagten "
            "ukrainische Beamte, einige nordkoreanische Truppen seien bereits unter Beschuss geraten.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2024-11") if r.quantity] == [(10000, "usa-government")]
    # (nobody's, when nothing carries over; the speaker's own count after the comma stays theirs)
    text = ("Mindestens 10.000 nordkoreanische Soldaten sind in Kursk, und ukrainische Beamte sagten, 200 seien "
            "getötet worden.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2024-11")] == [
        (10000, "xxx-unattributed"), (200, "ukr-government")]


@pytest.mark.parametrize("text, expected", [
    # "so" as a conjunction before its verb is no "so der Sprecher"
    ("War es das letzte Mal ein Luxusautomobil aus russischer Produktion, so empfing Nordkoreas Herrscher nun 447 "
     "Ziegen.", [(447, "xxx-unattributed", "asserted")]),
    # what intelligence from western sources points to, those sources say
    ("Geheimdienstinformationen aus verschiedenen westlichen Quellen deuten darauf hin, dass bereits mindestens 11.000 "
     "nordkoreanische Soldaten in der russischen Region Kursk stationiert sein sollen.",
     [(11000, "xxx-western-officials", "asserted")]),
    # a promise of the things themselves is a plan, and the promiser does not speak
    ("Im Juli 2025 versprach Nordkorea weitere 30.000 Soldaten für den russischen Krieg.",
     [(30000, "xxx-unattributed", "expected")]),
    ("Pjöngjang hatte im Juni insgesamt 5000 Bauarbeiter zugesagt.", [(5000, "xxx-unattributed", "expected")]),
    # (a promise with its clause after a comma is still said: "verspricht, ... zu entsenden")
    ("Pjöngjang verspricht, bis Dezember insgesamt 10.000 Truppen zu entsenden.", [(10000, "prk-government", "expected")]),
    # an unnamed analysis is the experts', not the source of the sentence before
    ("Bisher sind laut CNN mehr als 6000 nordkoreanische Soldaten gefallen. Ausserdem soll Nordkorea laut einer "
     "Analyse aus Südkorea Waffen im Wert von mindestens 5,6 Milliarden Dollar an Russland geliefert haben.",
     [(6000, "usa-cnn", "asserted"), (5600000000, "xxx-experts", "asserted")]),
    # Ukrainian and allied analyses: both
    ("Ukrainische und verbündete Analysen gehen von etwa 12.000 nach Russland entsandten nordkoreanischen Truppen aus.",
     [(12000, "ukr-government", "asserted"), (12000, "xxx-western-officials", "asserted")]),
])
def test_session_35_batch_40(text, expected):
    assert [(r.quantity, r.claimant_id, r.modality.value) for r in _numeric(text, "2025-08")] == expected


def test_session_35_a_promise_of_support_is_an_act_done():
    # (the promise cue needs a count: "seine volle Unterstützung zugesagt" stays asserted)
    text = ("Der nordkoreanische Machthaber Kim Jong Un hat dem russischen Präsidenten Wladimir Putin seine volle "
            "Unterstützung zugesagt.")
    acts = [r for r in extract(text, published="2025-09") if isinstance(r, MODELS["diplomatic_acts"])]
    assert acts and all(r.modality.value == "asserted" for r in acts)


def test_session_35_a_range_with_its_upper_end_hedged():
    text = ("Russland lieferte Nordkorea Öl im Wert von 457 Millionen bis maximal 1,2 Milliarden Dollar.")
    assert [(r.quantity, r.quantity_max, r.quantity_qualifier.value) for r in _numeric(text, "2025-12")] == [
        (457000000, 1200000000, "range")]


def test_session_35_satellite_pictures_speak_for_who_analysed_them():
    text = ("Das meldet die Denkfabrik CSIS in Washington.\n\nVolle Bahnhöfe\n\nSatellitenbilder des Grenzbahnhofs "
            "Tumangang zeigen, dass dort 73 Güterwaggons auf die Fahrt nach Russland warten.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2023-10")] == [(73, "usa-csis")]
    # (videos at large come from anywhere: they carry nobody's figures)
    text = ("Selenskyj sprach von schweren Verlusten. Putin setzt die Männer skrupellos ein. Videos zeigen, wie "
            "nordkoreanische Soldaten über freie Felder stürmen. Von den 11.000 nordkoreanischen Soldaten sollen "
            "mindestens 1000 tot sein.")
    assert {r.claimant_id for r in _numeric(text, "2024-12") if r.quantity} == {"xxx-unattributed"}


@pytest.mark.parametrize("text, expected", [
    # the services of the countries named after them, not the last services named
    ("Die ukrainischen Sicherheitsdienste verhören die Gefangenen. Nach Angaben der Geheimdienste von Seoul und "
     "Washington wurden zwischen 10.000 und 12.000 nordkoreanische Soldaten an die Front entsandt.",
     [(10000, "kor-nis"), (10000, "usa-government")]),
    # ... also past another noun of that country: "des Geheimdienstes des Verteidigungsministeriums der Ukraine"
    ("Derzeit befinden sich in Russland circa 11.000 nordkoreanische Soldaten.\n\nDies sagte der stellvertretende Chef "
     "des Geheimdienstes des Verteidigungsministeriums der Ukraine, Wadym Skibizkyj, dem Sender Suspilne.",
     [(11000, "ukr-government")]),
    # a country opening a subordinate clause whose verb ends it speaks for that clause's figures
    ("Seoul und seine Verbündeten schätzen, dass die Zahl der nordkoreanischen Soldaten auf 11.000 gestiegen ist, "
     "während die Ukraine eine höhere Zahl von bis zu 12.000 angibt.", [(11000, "kor-government"), (12000, "ukr-government")]),
])
def test_session_35_batch_41_who_speaks(text, expected):
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2024-11")] == expected


@pytest.mark.parametrize("text, expected", [
    # a purpose clause's hedge is not the count's: "..., möglicherweise um für Russland zu kämpfen"
    ("Kirby sagte, mindestens 3.000 nordkoreanische Soldaten würden derzeit im Osten Russlands ausgebildet, "
     "möglicherweise um für Russland zu kämpfen.", [(3000, "asserted")]),
    # moving on in reported speech is a plan
    ("Kyodo zitierte eine ukrainische Militärquelle mit der Aussage, dass etwa 2.000 nordkoreanische Soldaten nach "
     "ihrer Ausbildung an die Grenze zur Ukraine ziehen würden.", [(2000, "expected")]),
    # "pro 30 Soldaten" is a ratio
    ("Nordkorea schickte Soldaten nach Kursk. Es gebe lediglich einen Dolmetscher pro 30 Soldaten, sagte der "
     "Geheimdienst.", []),
])
def test_session_35_batch_41_what_and_how(text, expected):
    assert [(r.quantity, r.modality.value) for r in _numeric(text, "2024-11")] == expected


@pytest.mark.parametrize("text, expected", [
    # a quotation opened by a straight quote at a sentence's start, its speaker named where it closes
    ('Selenskyj gab ein Interview.\n\n"Sie haben damit begonnen, nach unseren Informationen 3,5 Millionen '
     'Artilleriegeschosse aus Nordkorea nach Russland zu liefern. Und Nordkorea lieferte auch Raketen", sagte '
     'Selenskyj.', [(3500000, "ukr-president", "asserted")]),
    # a paragraph of speech opened by a dash, its speaker after the closing dash
    ("Rustem Umerov traf Präsident Yoon und schrieb darüber auf dem Kanal des Verteidigungsministeriums der Ukraine."
     "\n\n— Wir berichteten über die Beteiligung eines "
     "12.000 Mann starken Kontingents aus Nordkorea an der russischen Armee. Nordkoreanische Truppen greifen auch "
     "unsere Energieanlagen an, — sagte der Chef des Verteidigungsministeriums.", [(12000, "ukr-government", "asserted")]),
    # a compound for an expert
    ("Ein russischer Verteidigungsexperte sprach von „100.000 nordkoreanischen Freiwilligen“ für den Krieg.",
     [(100000, "xxx-experts", "asserted")]),
    # what a speaker can confirm is no guess
    ("Der Sprecher Vedant Patel sagte, er könne bestätigen, dass über zehntausend nordkoreanische Soldaten nach "
     "Ostrussland geschickt wurden.", [(10000, "usa-state-department", "asserted")]),
    # "verdeutlichte" is a verb of saying; unnamed services that confirm
    ("Außenminister Antony Blinken verdeutlichte, dass derzeit rund 10.000 nordkoreanische Soldaten in Russland sind.",
     [(10000, "usa-state-department", "asserted")]),
    ("Nachrichtendienste bestätigen, dass mindestens 3.000 nordkoreanische Soldaten in Kursk eingereist sind.",
     [(3000, "xxx-western-officials", "asserted")]),
    # a new subject, the number itself, after "und"; an arrival ahead is a plan
    ("Er sagte, dass derzeit rund dreitausend nordkoreanische Soldaten in russischen Lagern seien und diese Zahl "
     "voraussichtlich auf zwölftausend steigen werde.", [(3000, "xxx-unattributed", "asserted"),
                                                           (12000, "xxx-unattributed", "expected")]),
    ("Selenskyj kündigte die bevorstehende Ankunft von 12.000 nordkoreanischen Soldaten in Russland an.",
     [(12000, "ukr-president", "expected")]),
])
def test_session_35_batch_42(text, expected):
    assert [(r.quantity, r.claimant_id, r.modality.value) for r in _numeric(text, "2024-11")] == expected


def test_session_35_north_koreas_deed_hedged_at_a_sentences_start_is_background():
    # "Pjöngjang soll ... entsandt haben" opening a sentence: the writer's hedged background, not the speaker before
    # (three labellers of three batches; a fourth carried the source)
    text = ("Präsident Selenskyj hatte zuvor erklärt, Russland setze nordkoreanische Soldaten in gemischten Einheiten "
            "ein. Pjöngjang soll 11.000 Soldaten nach Kursk verlegt haben.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-01")] == [(11000, "xxx-unattributed")]
    # (a word that carries the source still does; so does a clause after a colon)
    text = ("Präsident Selenskyj hatte zuvor erklärt, Russland setze nordkoreanische Soldaten in gemischten Einheiten "
            "ein. Pjöngjang soll demnach 11.000 Soldaten nach Kursk verlegt haben.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-01")] == [(11000, "ukr-president")]


def test_session_35_her_findings_before_a_colon_are_hers():
    text = ("Die Forscherin Olena Guseinova hat Geheimdienstberichte und Preisdaten analysiert. Ihre Ergebnisse sind "
            "alarmierend: Der Wert der nordkoreanischen Waffenlieferungen an Russland beläuft sich auf 5,5 Milliarden Dollar.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2025-05")] == [(5500000000, "xxx-experts")]


def test_session_35_western_allies_are_western_officials():
    text = ("Westliche Verbündete gaben diese Woche bekannt, dass Nordkorea mehr als 12.000 Soldaten entsandt hatte, "
            "ein Schritt, der laut Analysten Peking beunruhigt.")
    assert [(r.quantity, r.claimant_id) for r in _numeric(text, "2024-10")] == [(12000, "xxx-western-officials")]


@pytest.mark.parametrize("text", [
    # a cue spanning a list of counts (the decision before the first, the infinitive after the last) is all its counts'
    "Nordkorea hilft Russland. Kim Jong-un hat laut Schoigu zugestimmt, 1000 Minenräumer und 5000 militärische "
    "Bauarbeiter nach Russland zu schicken.",
    "Nordkorea hilft Russland. Schoigu sagte, Nordkorea werde 1000 Minenräumer und 5000 Militärbauarbeiter nach Kursk "
    "schicken.",
])
def test_session_35_a_cue_spanning_a_list_is_all_its_counts(text):
    assert [(r.quantity, r.modality.value) for r in _numeric(text, "2025-06")] == [(1000, "expected"), (5000, "expected")]


@pytest.mark.parametrize("text, expected", [
    # what the counted may do next, in a relative clause, is not the count's
    ("Selenskyj sprach Ende Oktober von rund 10.000 Soldaten aus Nordkorea, die die russischen Truppen auf dem "
     "Schlachtfeld unterstützen könnten.", [(10000, "asserted")]),
    # (the count's own predicate there is: the things that may have been sent)
    ("Das südkoreanische Verteidigungsministerium kommt auf bis zu acht Millionen Granaten, die Nordkorea seit 2023 "
     "nach Russland geschickt haben könnte.", [(8000000, "possible")]),
])
def test_session_35_a_relative_clause_after_the_count(text, expected):
    assert [(r.quantity, r.modality.value) for r in _numeric(text, "2024-11")] == expected


@pytest.mark.parametrize("text, expected", [
    # the last count's window goes on past a later number that counts nothing
    ("Nordkorea hilft Russland. Insgesamt sollen 12.000 nordkoreanische Soldaten aus vier Brigaden, darunter "
     "Spezialeinheiten, eingesetzt werden.", [(12000, "expected")]),
    ("Nordkorea lieferte demnach 7000 Container, die etwa 9,4 Millionen Artilleriegranaten des Kalibers 152 mm "
     "enthalten könnten.", [(7000, "asserted"), (9400000, "possible")]),
    # (not past a dash or a new clause after "und")
    ("Laut NIS trainieren aktuell mindestens 3.000 nordkoreanische Soldaten an vier Standorten in Russland – wofür, ist "
     "noch fraglich, möglicherweise sogar für die Luftwaffe.", [(3000, "asserted")]),
    # "soll ... bereitstellen" is a plan
    ("Nordkorea hilft Russland. Insgesamt soll Kim Jong Un bis zu 12.000 Mann für Putins Krieg bereitstellen.",
     [(12000, "expected")]),
])
def test_session_35_the_last_counts_window_past_numbers_that_count_nothing(text, expected):
    assert [(r.quantity, r.modality.value) for r in _numeric(text, "2024-11")] == expected


_SEOUL_SAYS = "Nordkorea hat nach Angaben aus Seoul Tausende Soldaten nach Russland geschickt. "


@pytest.mark.parametrize("text, expected", [
    # the act of denying took place (the curated convention), whatever the denial calls the claim
    ("Der Kreml hat die Zahlen aus Seoul als „Spekulation“ zurückgewiesen.", ("denial", "asserted")),
    ("Moskau weist das zurück.", ("denial", "asserted")),
    # the word that makes the act is no hedge on it ("erwägt" is a guess about a count, not about considering)
    ("Auch Südkorea ist alarmiert und erwägt nun Waffenlieferungen an Kiew.", ("policy_consideration", "asserted")),
    # a hedge in the next clause is about something else
    ("Weder die NATO noch die USA bestätigten die Berichte, warnten aber davor, dass ein solcher Schritt eine "
     "möglicherweise gefährliche Eskalation bedeuten könnte.", ("non_confirmation", "asserted")),
    # a hedge in the act's own clause still counts
    ("Südkorea erwägt möglicherweise Waffenlieferungen an die Ukraine.", ("policy_consideration", "possible")),
])
def test_session_38_the_modality_of_an_act_is_read_in_its_own_clause(text, expected):
    acts = [(r.act_type.value, r.modality.value) for r in extract(_SEOUL_SAYS + text, published="2024-11")
            if type(r).__name__ == "DiplomaticAct"]
    assert acts == [expected]


@pytest.mark.parametrize("text, expected", [
    # a headline glued to its text by a web scrape, with neither stop nor space
    ("Nordkorea weist Berichte über Truppenentsendungen zurückDas nordkoreanische Regime dementiert die Berichte.",
     ["Nordkorea weist Berichte über Truppenentsendungen zurück", "Das nordkoreanische Regime dementiert die Berichte."]),
    ("Mehr als 1000 ContainerPjöngjang soll Russland mit Munition beliefern.",
     ["Mehr als 1000 Container", "Pjöngjang soll Russland mit Munition beliefern."]),
    # (camel-case names stay whole: their second half is no listed opener, or no word of its own)
    ("Die Aufnahmen kursieren auf YouTube und LinkedIn seit Tagen. Die PlayStation Gruppe schweigt.",
     ["Die Aufnahmen kursieren auf YouTube und LinkedIn seit Tagen.", "Die PlayStation Gruppe schweigt."]),
    ("Ein Kommentar der DieZeit-Redaktion.", ["Ein Kommentar der DieZeit-Redaktion."]),
])
def test_session_38_a_headline_glued_to_its_text_is_a_sentence_of_its_own(text, expected):
    assert [text[s.start:s.end] for s in split_sentences(text)] == expected


def test_session_38_a_glued_headline_does_not_take_the_sentence_after_it_into_its_quote():
    text = ("Nordkorea weist Berichte über Truppenentsendungen zurückDas nordkoreanische Regime dementiert auch die "
            "Berichte über Truppenentsendungen.")
    quotes = [r.quote for r in extract(text, published="2024-10") if type(r).__name__ == "DiplomaticAct"]
    assert quotes and not any("zurückDas" in q for q in quotes)


def _who(text: str, published: str) -> list[tuple[int, str, str]]:
    """(quantity, claimant, modality) of each numeric claim of ``text``."""
    return [(r.quantity, r.claimant_id, r.modality.value) for r in _numeric(text, published)]


def _kinds(text: str, published: str) -> list[tuple[str, int, str | None]]:
    """(record type, quantity, casualty type or None) of each numeric claim of ``text``."""
    return [(type(r).__name__, r.quantity, getattr(r, "casualty_type", None) and r.casualty_type.value)
            for r in _numeric(text, published)]


@pytest.mark.parametrize("text, expected", [
    # a role word with the body it belongs to after it is that body, not the last one named with the word
    ("Kremlsprecher Dmitri Peskow lehnte einen Kommentar ab. In der Region Kursk sind inzwischen mehr als 10.000 "
     "nordkoreanische Soldaten stationiert. Das sagte die Sprecherin des US-Verteidigungsministeriums, Sabrina Singh, "
     "am Montag.", [(10000, "usa-dod", "asserted")]),
    # "die meisten davon" refers to the count of its own sentence: no figure of the source before
    ("Nordkoreas Truppen erleiden hohe Verluste. Selenskyj hatte am Freitag von 4.000 Verlusten gesprochen. Nordkorea "
     "hat im Herbst rund 11.000 Soldaten nach Russland geschickt, die meisten davon in die Region Kursk.",
     [(4000, "ukr-president", "asserted"), (11000, "xxx-unattributed", "asserted")]),
    # the subject before an inserted relative clause speaks, also with an auxiliary before its participle
    ("Das Multilaterale Sanktionsüberwachungsteam, das elf Staaten nach dem Ende des UN-Expertengremiums gegründet "
     "haben, hat dokumentiert, dass Russland 2024 mehr als eine Million Barrel Öl an Nordkorea geliefert hat.",
     [(1000000, "int-msmt", "asserted")]),
    # Ukraine's prosecutor general is a body of its government; "Nach ihren Erkenntnissen" points back to it
    ("Die Generalstaatsanwaltschaft in Kiew untersucht seit Anfang 2024 die Trümmer nordkoreanischer Raketen. Nach "
     "ihren Erkenntnissen hat Russland seit Dezember 2023 mehr als 150 Raketen aus Nordkorea gegen die Ukraine "
     "abgefeuert.", [(150, "ukr-government", "asserted")]),
    # "kann keine Rede sein" denies
    ("Von einer Entsendung von 30.000 weiteren nordkoreanischen Soldaten könne keine Rede sein, erklärte die russische "
     "Botschaft in Seoul.", [(30000, "rus-embassy-seoul", "denied")]),
])
def test_session_38_blind_batch_ah_claimants_and_a_denial(text, expected):
    assert _who(text, "2025-11") == expected


@pytest.mark.parametrize("text, expected", [
    # a government's figures as one compound word, after a nationality or a country's prefix
    ("Nach britischen Regierungsangaben flossen im vergangenen Jahr schätzungsweise 1,4 Milliarden US-Dollar von "
     "Moskau nach Pjöngjang.", [(1400000000, "gbr-government", "asserted")]),
    ("Nach US-Regierungsangaben flossen im vergangenen Jahr schätzungsweise 1,4 Milliarden US-Dollar von Moskau nach "
     "Pjöngjang.", [(1400000000, "usa-government", "asserted")]),
    # "die Allianz" after NATO is NATO
    ("Auch die Nato beobachtet die Entwicklung genau. Nach Einschätzung der Allianz befinden sich derzeit etwa 11.000 "
     "nordkoreanische Soldaten in Russland.", [(11000, "int-nato", "asserted")]),
    # a body's reports by a compound noun ("Lageberichten des Ministeriums")
    ("Das britische Verteidigungsministerium hat seine Schätzung nach oben korrigiert. In früheren Lageberichten des "
     "Ministeriums war noch von rund 4.000 nordkoreanischen Verlusten die Rede gewesen.",
     [(4000, "gbr-mod", "asserted")]),
    # the paragraph's last sentence names the source of its figures, also three sentences back
    ("Nordkorea hat Russland seit September 2023 mehr als 9 Millionen Schuss Artilleriemunition geliefert. Dazu kommen "
     "mindestens 100 ballistische Raketen. Im Herbst 2024 verlegte Pjöngjang zudem 11.000 Soldaten nach Kursk. Das "
     "geht aus dem ersten Bericht des Multilateralen Sanktionsüberwachungsteams (MSMT) hervor.",
     [(9000000, "int-msmt", "asserted"), (100, "int-msmt", "asserted"), (11000, "int-msmt", "asserted")]),
    # "solle ... bis Jahresende ... liefern" (reported speech) is a plan
    ("Laut Kyodo hat Russland Nordkorea Flugabwehr geliefert. Zudem solle Moskau bis Jahresende drei weitere "
     "Flugabwehrbatterien zum Schutz Pjöngjangs liefern.", [(3, "jpn-kyodo", "expected")]),
])
def test_session_38_blind_batch_ai_claimants_and_plans(text, expected):
    assert _who(text, "2025-06") == expected


def test_session_38_who_gave_their_life_was_killed():
    text = ("Nordkorea ehrt seine Soldaten. Die Gedenktafeln tragen die Namen von insgesamt 1.640 nordkoreanischen "
            "Soldaten, die in Kursk ihr Leben gelassen hätten.")
    assert [(r.quantity, r.casualty_type.value) for r in _numeric(text, "2025-09") if type(r).__name__ == "Casualty"] \
        == [(1640, "killed")]


@pytest.mark.parametrize("text, expected", [
    # "wird ... entsenden" with the source and the whole list of counts between the two
    ("Nordkorea wird nach Angaben des Sekretärs des russischen Sicherheitsrats, Sergej Schoigu, 1.000 Minenräumer und "
     "5.000 Militärbauarbeiter in die westrussische Region Kursk entsenden.",
     [(1000, "rus-security-council", "expected"), (5000, "rus-security-council", "expected")]),
    # "eintreffen sollen" at the clause's end
    ("Russlands Sicherheitsratssekretär Sergej Schoigu kündigte an, dass in den kommenden Monaten weitere 2.000 "
     "Militärbauer aus Nordkorea eintreffen sollen.", [(2000, "rus-security-council", "expected")]),
    # "keine Rede sein" in quotation marks still denies
    ("Von 50.000 nordkoreanischen Arbeitern in Russland könne „keine Rede sein“, sagte Kremlsprecher Dmitri Peskow.",
     [(50000, "rus-kremlin", "denied")]),
])
def test_session_38_blind_batch_aj_plans_and_a_denial(text, expected):
    assert _who(text, "2025-06") == expected


def test_session_38_a_consideration_in_the_writers_voice_is_unattributed():
    # (the curated convention: the writer reports it; a government saying what it considers is found by its cue)
    for text, claimant in [("Auch Südkorea ist alarmiert und erwägt nun Waffenlieferungen an Kiew.", "xxx-unattributed"),
                           ("Seoul erwägt nun auch Waffenlieferungen an Kiew, teilte das Präsidialamt mit.",
                            "kor-presidential-office")]:
        acts = [(r.act_type.value, r.claimant_id) for r in extract(_SEOUL_SAYS + text, published="2024-11")
                if type(r).__name__ == "DiplomaticAct"]
        assert acts == [("policy_consideration", claimant)], text


@pytest.mark.parametrize("text, expected", [
    # an unnamed spokesperson speaks for the body of the sentence before
    ("Das südkoreanische Vereinigungsministerium wollte die Zahl nicht bestätigen. Ein Sprecher sagte in Seoul, man "
     "gehe von mehr als 10.000 nordkoreanischen Arbeitskräften in Russland aus.",
     [(10000, "kor-unification-ministry", "asserted")]),
    # (one named with the body stays that body's)
    ("Das Vereinigungsministerium schwieg. Ein Sprecher des Pentagons sagte, es seien rund 10.000 nordkoreanische "
     "Soldaten in Kursk.", [(10000, "usa-dod", "asserted")]),
])
def test_session_38_an_unnamed_spokesperson_speaks_for_the_body_before(text, expected):
    assert _who(text, "2025-06") == expected


@pytest.mark.parametrize("text, expected", [
    # "von ... ausgeht" at a clause's end names its subject as the source, as "geht ... von ... aus" does
    ("Während das Pentagon von rund 11.000 nordkoreanischen Soldaten in der Region Kursk ausgeht, nennt Kiew eine "
     "höhere Zahl.", [(11000, "usa-dod", "asserted")]),
    # the British military intelligence by its German name
    ("Die britische Militäraufklärung schätzt die Zahl der getöteten oder verwundeten Nordkoreaner auf mehr als 6.000.",
     [(6000, "gbr-mod", "asserted")]),
])
def test_session_38_blind_batch_ak_sources(text, expected):
    assert _who(text, "2025-06") == expected


@pytest.mark.parametrize("text, expected", [
    # a "while" clause opening the sentence speaks for its own figure, the main clause's country for the next
    ("Nordkorea hat Soldaten nach Russland geschickt. Während Seoul also von 11.000 nordkoreanischen Soldaten ausgeht, "
     "spricht Kiew von 12.000.", [(11000, "kor-government", "asserted"), (12000, "ukr-government", "asserted")]),
    ("Nordkorea hat Soldaten nach Russland geschickt. Während Seoul 11.000 nordkoreanische Soldaten angibt, nennt Kiew "
     "eine Zahl von 12.000 Soldaten.", [(11000, "kor-government", "asserted"), (12000, "ukr-government", "asserted")]),
])
def test_session_38_a_while_clause_and_the_main_clause_each_have_their_country(text, expected):
    assert _who(text, "2025-06") == expected


@pytest.mark.parametrize("text, expected", [
    # reported speech before the body names anyone is the source the headline names in its kicker
    ("NIS: Nordkorea will 12.000 Soldaten nach Russland schicken\n\nSeoul (dpa) – Nordkorea hat mit der Verlegung "
     "begonnen. Die ersten 1.500 Mann seien im Oktober nach Wladiwostok gebracht worden.",
     [(12000, "kor-nis", "expected"), (1500, "kor-nis", "asserted")]),
    # (once the body names a source, the headline's no longer speaks: the carry-over rules of the body decide)
    ("NIS: Nordkorea will 12.000 Soldaten nach Russland schicken\n\nNordkorea verlegt Soldaten.\n\nLaut dem Pentagon "
     "sind es deutlich mehr. "
     "Das Kursker Gebiet ist weit. Es ist Winter.\n\nDie ersten 1.500 Mann aus Nordkorea seien im Oktober nach Wladiwostok "
     "gebracht worden.", [(12000, "kor-nis", "expected"), (1500, "xxx-unattributed", "asserted")]),
    # (nor does the headline of a live ticker speak for its entries)
    ("Liveticker: Seoul meldet 3000 weitere Nordkoreaner\n\n+++ 18:10 Güterzüge aus Nordkorea +++\nMehr als 200 "
     "Güterwaggons seien im Februar aus Nordkorea nach Russland gerollt.",
     [(3000, "kor-government", "asserted"), (200, "xxx-unattributed", "asserted")]),
    # (a headline without a source carries nothing)
    ("Nordkorea schickt 12.000 Soldaten nach Russland\n\nDie ersten 1.500 Mann seien im Oktober nach Wladiwostok "
     "gebracht worden.", [(12000, "xxx-unattributed", "asserted"), (1500, "xxx-unattributed", "asserted")]),
])
def test_session_39_reported_speech_before_any_source_in_the_body_is_the_headlines_source(text, expected):
    assert _who(text, "2024-10") == expected


@pytest.mark.parametrize("text, expected", [
    # a general staff named by its role word alone is the one of the country named last ("In Seoul"), and a later
    # role word points back to it, not to a "Militärgeheimdienst" named before (whose word holds "Militär")
    ("Der ukrainische Militärgeheimdienst meldet Tote. In Seoul teilte der Generalstab mit, Nordkorea bereite die "
     "Entsendung weiterer Truppen vor. Laut Yonhap geht das Militär von 3.000 zusätzlichen Soldaten aus.",
     [(3000, "kor-military", "asserted")]),
    ("Südkorea ist besorgt. Der Generalstab schätzt die Zahl der nordkoreanischen Soldaten in Kursk auf 11.000.",
     [(11000, "kor-military", "asserted")]),
    # (a general staff named before with its country stays the one meant)
    ("Der ukrainische Generalstab meldete Kämpfe. In Seoul tagte das Kabinett. Der Generalstab bezifferte die Zahl "
     "der getöteten Nordkoreaner auf 300.", [(300, "ukr-government", "asserted")]),
])
def test_session_39_a_general_staff_by_its_role_word_and_a_role_word_pointing_back_to_it(text, expected):
    assert _who(text, "2024-12") == expected


@pytest.mark.parametrize("text, expected", [
    # a plan in the passive at a relative clause's end
    ("Das Militär geht von 3.000 zusätzlichen nordkoreanischen Soldaten aus, die noch vor dem Frühjahr nach Russland "
     "verlegt werden sollen.", [(3000, "xxx-unattributed", "expected")]),
    ("Nordkorea hat 20 Haubitzen zusammengestellt, die im März nach Russland geliefert werden sollen.",
     [(20, "xxx-unattributed", "expected")]),
    # (what was done stays asserted)
    ("Nordkorea hat 3.000 Soldaten nach Russland verlegt, die dort ausgebildet werden.",
     [(3000, "xxx-unattributed", "asserted")]),
])
def test_session_39_a_passive_plan_at_the_clause_end_is_expected(text, expected):
    assert _who(text, "2025-01") == expected


@pytest.mark.parametrize("text, expected", [
    # talking with the families of the fallen says nothing: the agency that follows speaks for itself
    ("In Pjöngjang eröffnete Kim Jong Un ein Museum. Das Staatsfernsehen zeigte, wie Kim vor einer Wand Blumen "
     "niederlegte und mit Angehörigen sprach. Nach Angaben der staatlichen Nachrichtenagentur KCNA sind dort die "
     "Namen von 2.300 gefallenen Soldaten verewigt.", [(2300, "prk-state-media", "asserted")]),
    ("In Pjöngjang eröffnete Kim Jong Un ein Museum. Kim sprach mit den Familien der Gefallenen. Nach Angaben der "
     "staatlichen Nachrichtenagentur KCNA sind dort die Namen von 2.300 gefallenen Soldaten verewigt.",
     [(2300, "prk-state-media", "asserted")]),
    # (speaking of a number is still a statement)
    ("Bei den Verwundeten spricht der ukrainische Generalstab von mehr als 4.000 Nordkoreanern.",
     [(4000, "ukr-government", "asserted")]),
])
def test_session_39_a_talk_with_the_families_is_no_statement(text, expected):
    assert _who(text, "2025-08") == expected


def _what(text: str, published: str) -> list[tuple]:
    """(table, casualty type, quantity, claimant, modality) of each numeric claim of ``text``."""
    return [(type(r).__name__, getattr(r, "casualty_type", None) and r.casualty_type.value, r.quantity,
             r.claimant_id, r.modality.value) for r in _numeric(text, published)]


@pytest.mark.parametrize("text, expected", [
    # "von ihnen" two sentences after the North Koreans were named, in the same paragraph
    ("Die Nordkoreaner würden als Sturmtruppen geschickt. Sie verstünden wenig von Taktik. Mindestens 100 von ihnen "
     "seien bereits gefallen.", [("Casualty", "killed", 100, "xxx-unattributed", "asserted")]),
    # a part of the people counted, past a relative clause about them
    ("Von den etwa 10.000 Soldaten, die Nordkorea verlegt habe, seien rund 8.000 in die Region Kursk gebracht worden.",
     [("Deployment", None, 10000, "xxx-unattributed", "asserted"), ("Deployment", None, 8000, "xxx-unattributed", "asserted")]),
    # the first of those just counted
    ("Nordkorea hat zugesagt, 3.000 Arbeiter nach Alabuga zu schicken. Die ersten rund 1.000 seien bereits eingetroffen.",
     [("Deployment", None, 3000, "prk-government", "expected"), ("Deployment", None, 1000, "prk-government", "asserted")]),
    # another estimate of what was just counted keeps its casualty type
    ("Der ukrainische Generalstab sprach im Februar von mehr als 6.000 getöteten und verwundeten Nordkoreanern, "
     "Südkoreas Militär kam zuletzt auf etwa 4.700.",
     [("Casualty", "killed_or_wounded", 6000, "ukr-government", "asserted"),
      ("Casualty", "killed_or_wounded", 4700, "kor-military", "asserted")]),
    # an estimate someone holds possible or realistic
    ("Während der ukrainische Geheimdienst von rund 100 Raketen aus Nordkorea ausgeht, hält das britische "
     "Verteidigungsministerium sogar bis zu 200 für möglich.",
     [("Delivery", None, 100, "ukr-government", "asserted"), ("Delivery", None, 200, "gbr-mod", "possible")]),
    ("Nordkorea hat 11.000 Soldaten geschickt. Der ukrainische Militärgeheimdienst HUR hält insgesamt bis zu 14.000 "
     "für realistisch.", [("Deployment", None, 11000, "xxx-unattributed", "asserted"),
                          ("Deployment", None, 14000, "ukr-government", "possible")]),
    # what the things are loaded with, between the number and its noun
    ("Demnach rollten im Dezember mindestens 74 mit Munition beladene Güterwaggons aus Nordkorea nach Russland.",
     [("Delivery", None, 74, "xxx-unattributed", "asserted")]),
    # "abgeschossen" is no noun of ammunition
    ("Nordkorea hat Granaten geliefert. Die ukrainische Luftwaffe meldete 63 Angriffsdrohnen vom Typ Shahed, von denen "
     "37 abgeschossen worden seien.", []),
])
def test_session_39_blind_batch_al_what_is_counted(text, expected):
    assert _what(text, "2025-01") == expected


@pytest.mark.parametrize("text, expected", [
    # a speaker after the verb that closes what was said speaks from the colon that opens it
    ("Selenskyj sprach von mehr als 3.800 getöteten Nordkoreanern, während der südkoreanische Geheimdienst auf deutlich "
     "weniger kam: Etwa 300 Soldaten seien gefallen, rund 2.700 verwundet worden, sagte der Abgeordnete Lee Seong-kweun.",
     [(3800, "ukr-president", "asserted"), (300, "kor-nis", "asserted"), (2700, "kor-nis", "asserted")]),
    # reports of a named kind are that kind's, not hearsay
    ("Nach unbestätigten Berichten ukrainischer Medien sollen rund 2.000 nordkoreanische Soldaten nach Saporischschja "
     "verlegt werden.", [(2000, "ukr-media", "expected")]),
    ("Nach unbestätigten Berichten sollen rund 2.000 nordkoreanische Soldaten nach Saporischschja verlegt werden.",
     [(2000, "xxx-unattributed", "expected")]),
    # figures laid out by their author
    ("Öl und Devisen. Auch dazu hat das MSMT Zahlen vorgelegt: Russland habe 2024 mehr als eine Million Barrel Öl nach "
     "Nordkorea geliefert.", [(1000000, "int-msmt", "asserted")]),
])
def test_session_39_blind_batch_al_who_claims(text, expected):
    assert _who(text, "2025-01") == expected


@pytest.mark.parametrize("text", [
    # the headlines under "Mehr zum Thema" are teasers for other articles
    "Nordkorea hat Soldaten nach Russland geschickt.\n\nMehr zum Thema\n\nPutins Kriegswirtschaft: Russland erhält "
    "4,5 Millionen Granaten aus Nordkorea\n\nWas der Beistandspakt bedeutet",
    # and so is a paywalled article's teaser
    "Nordkorea hat Soldaten nach Russland geschickt.\n\nWELTplus: Wie Kim Jong Un am Krieg verdient – Nordkorea "
    "lieferte 20 Millionen Granaten",
])
def test_session_39_teasers_for_other_articles_are_no_claims(text):
    assert _what(text, "2025-01") == []


def test_session_39_a_teaser_block_ends_at_the_next_sentence_of_text():
    text = ("Nordkorea hat Soldaten nach Russland geschickt.\n\nMehr zum Thema\n\nWas der Beistandspakt bedeutet\n\n"
            "Nordkorea hat zudem 4,5 Millionen Granaten nach Russland geliefert.")
    assert [q for _, _, q, _, _ in _what(text, "2025-01")] == [4500000]


@pytest.mark.parametrize("text, expected", [
    # "Nach dieser Zählung" points back to the body named before
    ("Südkoreas Geheimdienst NIS begleitet den Einsatz seit Oktober mit eigenen Schätzungen.\n\nNach dieser Zählung "
     "kamen rund 11.000 nordkoreanische Soldaten nach Russland.", [(11000, "kor-nis", "asserted")]),
    # a figure negated right before it is denied
    ("Ein Sprecher des ukrainischen Militärgeheimdienstes HUR sagte, Nordkorea habe keineswegs 100.000 Soldaten an die "
     "Front geschickt.", [(100000, "ukr-government", "denied")]),
    # a long object between "wies" and "zurück"
    ("Nach Angaben des NIS sind rund 2.700 nordkoreanische Soldaten getötet worden. KCNA wies die Angabe von 2.700 Toten "
     "noch am Montag als „Verleumdung durch die Marionettenclique“ zurück.",
     [(2700, "kor-nis", "asserted"), (2700, "prk-state-media", "denied")]),
    # what a body reckons will happen, in the present tense
    ("Südkoreas Generalstab rechnet damit, dass Pjöngjang im Winter weitere 3.000 Soldaten nach Russland schickt.",
     [(3000, "kor-military", "expected")]),
    ("Nach Angaben des südkoreanischen Generalstabs hat eine neue Rotation nordkoreanischer Truppen begonnen: Etwa 4.000 "
     "Soldaten sollen bis zum Sommer die Einheiten im Grenzgebiet ablösen.", [(4000, "kor-military", "expected")]),
    # the Russian defence minister spelt with a double s; a single Western diplomat
    ("Derzeit seien dort noch rund 1.000 Minenräumer aus Nordkorea im Einsatz, sagte Beloussow.",
     [(1000, "rus-government", "asserted")]),
    ("Ein westlicher Diplomat in Seoul sagte, Pjöngjang bereite die Entsendung von bis zu 1.500 weiteren Bauarbeitern "
     "vor.", [(1500, "xxx-western-officials", "expected")]),
    # ", die meisten von ihnen" does not carry the source of the paragraph before
    ("Selenskyj hatte höhere Verluste genannt: Knapp 4.000 nordkoreanische Soldaten seien getötet oder verwundet worden, sagte er.\n\n"
     "Nordkorea hat im Herbst rund 11.000 Soldaten nach Russland geschickt, die meisten von ihnen aus dem 11. Korps.",
     [(4000, "ukr-president", "asserted"), (11000, "xxx-unattributed", "asserted")]),
])
def test_session_39_blind_batch_am_claimants_and_modality(text, expected):
    assert _who(text, "2025-06") == expected


_MSMT_PARAGRAPHS = ("Das geht aus dem ersten Bericht des MSMT hervor. Im Herbst 2024 seien rund 11.000 nordkoreanische "
                    "Soldaten nach Russland verlegt worden. Sie hätten im Gebiet Kursk gekämpft.\n\nIn der Gegenrichtung "
                    "fließen vor allem Energie und Rüstungstechnik. Russland habe Nordkorea Flugabwehrsysteme überlassen. "
                    "Zwischen März und November habe Moskau außerdem mehr als eine Million Barrel Erdöl nach Nordkorea "
                    "geliefert.")


def test_session_39_reported_speech_after_a_topic_sentence_goes_on_in_the_source_before():
    assert _who(_MSMT_PARAGRAPHS, "2025-05") == [(11000, "int-msmt", "asserted"), (1000000, "int-msmt", "asserted")]


def test_session_39_a_source_named_after_it_still_takes_such_reported_speech():
    text = _MSMT_PARAGRAPHS.replace("geliefert.", "geliefert. Das berichtete die Zeitung Chosun Ilbo.")
    assert _who(text, "2025-05")[1] == (1000000, "kor-chosun", "asserted")


def test_session_39_drones_shot_down_are_no_ammunition():
    text = ("Nordkorea hat Granaten geliefert. Russland hat die Ukraine mit 85 Drohnen angegriffen. 46 davon seien "
            "abgeschossen worden, 38 weitere hätten ihr Ziel verfehlt.")
    assert [q for q, _, _ in _who(text, "2025-01")] == []


def test_session_39_ueber_after_the_reports_of_a_named_body_is_about_not_more_than():
    text = ("Kremlsprecher Dmitri Peskow hat Angaben des ukrainischen Militärgeheimdienstes über 3.000 nordkoreanische "
            "Soldaten im Gebiet Saporischschja als „Unsinn“ bezeichnet.")
    assert [(r.quantity, r.quantity_qualifier.value, r.modality.value) for r in _numeric(text, "2025-11")] \
        == [(3000, "exact", "denied")]
    # ("nach Angaben" names the source, and "über" there hedges)
    hedged = "Nach Angaben des Ministeriums über 3.000 nordkoreanische Soldaten in Kursk."
    assert [r.quantity_qualifier.value for r in _numeric(hedged, "2025-11")] == ["more_than"]


@pytest.mark.parametrize("text, expected", [
    # the US Director of National Intelligence is no South Korean "Nationaler Geheimdienst"
    ("Nordkorea hat Russland seit Ende 2023 mehr als 250 ballistische Raketen überlassen. So steht es in einem "
     "Lagebericht des Büros der Nationalen Geheimdienstdirektorin, der dem US-Kongress vorgelegt wurde.",
     [(250, "usa-government", "asserted")]),
    # Russia speaking of a report does not become the author "the document" points back to
    ("Das geht aus dem ersten Bericht des MSMT hervor. Das russische Außenministerium nannte den Bericht „eine Sammlung "
     "von Fälschungen“. In dem Dokument heißt es weiter, Pjöngjang habe rund 11.000 Soldaten nach Russland geschickt.",
     [(11000, "int-msmt", "asserted")]),
    # a teaser naming another source does not stop the headline's kicker from speaking in the next paragraph
    ("Kiew: Mehr als 3.000 Nordkoreaner in Kursk getötet oder verwundet\n\nSeoul rechnet dennoch mit weiterem "
     "Nachschub aus dem Norden.\n\nDie nordkoreanischen Einheiten haben schwere Verluste erlitten. Allein in den "
     "vergangenen drei Tagen seien rund 300 Nordkoreaner gefallen oder verletzt worden.",
     [(3000, "ukr-government", "asserted"), (300, "ukr-government", "asserted")]),
])
def test_session_39_blind_batch_an_sources(text, expected):
    assert _who(text, "2025-06") == expected


@pytest.mark.parametrize("text, expected", [
    # "rechnet ... vor" is a body's own estimate
    ("Bis zu 20 Milliarden Dollar könnte Nordkorea mit Waffen für Russland eingenommen haben, rechnet das Korea "
     "Institute for Defense Analyses (KIDA) in einer neuen Studie vor.", [(20000000000, "kor-kida", "possible")]),
    # a quotation's speaker named after it
    ("„Pjöngjang hat schon mehr als 15.000 Mann nach Russland geschickt.“ Mit diesen Worten reagierte Heorhij Tychyj, "
     "Sprecher des ukrainischen Außenministeriums, auf die Ankündigung.", [(15000, "ukr-government", "asserted")]),
    ("„Unsere Zahlen liegen bei mehr als 5.000 getöteten Nordkoreanern.“ Die ukrainische Seite reagierte am Vormittag. "
     "Ausgesprochen hat die Sätze Andrij Kowalenko vom ukrainischen Sicherheitsrat.",
     [(5000, "ukr-government", "asserted")]),
    # "sollten" goes on in the words of the source before, as a plan
    ("Schoigu kündigte in Pjöngjang die Entsendung nordkoreanischer Bauarbeiter an. Für die Unterkunft komme Russland "
     "auf.\n\nDie ersten 1.500 Männer sollten bereits bis Mitte Juli in der Region eintreffen.",
     [(1500, "rus-security-council", "expected")]),
    # a ticker entry's heading names the source of its reported speech after the time stamp
    ("Liveblog Ukraine\n\n09.40 Uhr: Kiew: Pjöngjang deckt die Hälfte des russischen Granatenbedarfs\n\nNordkoreanische "
     "Munition macht die Hälfte aus. Insgesamt habe Pjöngjang rund vier Millionen Granaten an Russland geliefert.",
     [(4000000, "ukr-government", "asserted")]),
])
def test_session_39_blind_batch_an_speakers_after_and_kickers(text, expected):
    assert _who(text, "2025-06") == expected


@pytest.mark.parametrize("text, expected", [
    # a semicolon inside brackets does not part the number from the source the brackets name
    ("Nordkoreas Truppen in Russland\n\nKampftruppen, erste Welle: rund 11.000 (Oktober bis Dezember 2024; Quelle: "
     "südkoreanischer Geheimdienst NIS)", [(11000, "kor-nis", "asserted")]),
    # (outside brackets it still does)
    ("Bislang waren die 14.000 nordkoreanischen Soldaten nur in Kursk eingesetzt; der britische Geheimdienst schätzt, "
     "dass 6.000 von ihnen verwundet wurden.", [(14000, "xxx-unattributed", "asserted"), (6000, "gbr-mod", "asserted")]),
    # a part of those just counted, after a time phrase
    ("Schoigu kündigte 6.000 nordkoreanische Bauarbeiter an. Von den 6.000 Männern seien bis Ende August etwa 1.500 "
     "eingetroffen, berichtete die südkoreanische Zeitung JoongAng Ilbo.",
     [(6000, "rus-security-council", "asserted"), (6000, "kor-joongang", "asserted"), (1500, "kor-joongang", "asserted")]),
])
def test_session_39_blind_batch_ao(text, expected):
    assert _who(text, "2025-09") == expected


@pytest.mark.parametrize("text, expected", [
    # a rate per head opening its clause is no amount paid ...
    ("Nordkorea hat Russland Millionen Granaten geschickt.\n\nHinzu kommen Devisen: Pro Soldat und Monat zahle Moskau "
     "nach Schätzungen südkoreanischer Experten rund 2000 Dollar.", [(None, "xxx-unattributed", "asserted")]),
    # the other side's supplies: shells for Ukraine, in a sentence naming neither North Korea nor Russia
    ("Nordkorea hat in derselben Zeit ein Vielfaches davon nach Russland geschickt. Die Europäische Union hat ihr Ziel, "
     "der Ukraine bis März 2024 eine Million Granaten zu liefern, erst Monate später erreicht.", []),
    # an army's own losses
    ("Nordkoreas Soldaten kämpften in Kursk. Nach russischer Darstellung verlor die ukrainische Armee bei ihrer "
     "Kursk-Offensive seit August 2024 mehr als 76.000 Soldaten.", []),
    ("Nordkoreas Soldaten kämpften in Kursk. Die TASS zitierte das Verteidigungsministerium in Moskau, wonach die ukrainischen Verbände in der Region Kursk "
     "mehr als 76.000 Soldaten verloren hätten.", []),
])
def test_session_40_rates_the_other_sides_supplies_and_losses_are_no_claims(text, expected):
    assert _who(text, "2025-06") == expected


@pytest.mark.parametrize("text, expected", [
    # ... while a total after it is, and "der Ukraine" as a source names no recipient
    ("Pro Soldat und Monat gerechnet hat Russland Nordkorea nach Angaben des NIS insgesamt bereits 500 Millionen "
     "Dollar gezahlt.", [(500000000, "kor-nis", "asserted")]),
    ("Nach Angaben der Ukraine hat Nordkorea bis März 2024 rund eine Million Granaten geliefert.",
     [(1000000, "ukr-government", "asserted")]),
    ("Die ukrainische Armee meldete am Montag mehr als 3.000 getötete Nordkoreaner.",
     [(3000, "ukr-government", "asserted")]),
])
def test_session_40_what_still_counts_next_to_those(text, expected):
    assert _who(text, "2025-06") == expected


@pytest.mark.parametrize("text, expected", [
    # whoever denies another's figures is the claimant of the denial
    ("Kremlsprecher Dmitri Peskow hat Angaben des ukrainischen Militärgeheimdienstes über 3.000 nordkoreanische "
     "Soldaten im Gebiet Saporischschja als „Unsinn“ bezeichnet.", [(3000, "rus-kremlin", "denied")]),
    ("Der Kreml wies Angaben des ukrainischen Militärgeheimdienstes über 3.000 nordkoreanische Soldaten zurück.",
     [(3000, "rus-kremlin", "denied")]),
    ("Vor zwei Wochen hat Kremlsprecher Peskow die Berichte über 10.000 nordkoreanische Soldaten als Fälschung abgetan.",
     [(10000, "rus-kremlin", "denied")]),
    ("Peskow bezeichnete Angaben des HUR über 3.000 nordkoreanische Soldaten als Propaganda.",
     [(3000, "rus-kremlin", "denied")]),
    # (the statement itself stays its author's)
    ("Nach Angaben des ukrainischen Militärgeheimdienstes sind 3.000 nordkoreanische Soldaten im Gebiet Saporischschja.",
     [(3000, "ukr-government", "asserted")]),
])
def test_session_40_the_denier_of_anothers_figures_is_the_claimant(text, expected):
    assert _who(text, "2025-06") == expected


@pytest.mark.parametrize("text, expected", [
    # limits, prices, needs, a repatriation, an army's own size, trade with China: no claims
    ("Mehr als eine Million Barrel Erdölprodukte seien seit März 2024 nach Nordkorea gelangt – deutlich mehr, als die "
     "UN-Sanktionen mit ihrer Jahresobergrenze von 500.000 Barrel zulassen.", [(1000000, "xxx-unattributed", "asserted")]),
    ("Für das Öl zahlt Pjöngjang mit Granaten. Russisches Ural-Öl notiert deutlich unter dem westlichen Preisdeckel von "
     "60 Dollar.", []),
    ("Russland liefert Weizen an Nordkorea, das nach Schätzungen der FAO jedes Jahr eine Versorgungslücke von rund einer "
     "Million Tonnen Getreide hat.", []),
    ("Nordkoreanische Arbeiter sind in Russland. Russland hatte 2019 nach eigenen Angaben rund 30.000 Nordkoreaner "
     "ausreisen lassen.", []),
    ("Nordkorea lieferte Haubitzen an Russland. Die eigene Artillerie der nordkoreanischen Volksarmee umfasst nach dem "
     "Weißbuch rund 8.800 Geschütze.", []),
    ("Nordkorea schickte Soldaten nach Russland. Allein die Spezialkräfte der Volksarmee umfassen nach Schätzung des "
     "IISS rund 200.000 Mann.", []),
    ("Nordkorea verdient an Waffenlieferungen an Moskau. Das wäre das Zehnfache des Handels mit China, der sich 2024 "
     "nach Pekinger Zollangaben auf rund 2,2 Milliarden Dollar belief.", []),
    # goods and vehicles named in the business press's words
    ("Zollunterlagen weisen russische Weizenlieferungen von knapp 60.000 Tonnen nach Nordkorea aus.",
     [(60000, "xxx-unattributed", "asserted")]),
    ("Die CSIS-Analysten beobachteten auf nordkoreanischer Seite 40 Kesselwagen, die aus Russland gekommen waren.",
     [(40, "xxx-unattributed", "asserted")]),
    ("Nordkorea hat Russland Haubitzen geliefert. Das Analyseportal Oryx hat seither zwölf Koksan auf russischem Gebiet "
     "dokumentiert.", [(12, "xxx-unattributed", "asserted")]),
    ("Russland soll Nordkorea Kampfjets liefern. Im Gespräch seien bis zu 20 Maschinen der Typen MiG-29 und Su-27, sagte "
     "ein Abgeordneter.", [(20, "xxx-unattributed", "possible")]),
    ("Nach Angaben des NIS sind in Pjöngjang mindestens drei Pantsir-Systeme in Stellung gebracht worden.",
     [(3, "kor-nis", "asserted")]),
    ("Das japanische Verteidigungsministerium schätzt die Menge an Ölprodukten, die seit Jahresbeginn bei Umladungen auf "
     "hoher See von russischen an nordkoreanische Tanker gegangen ist, auf mehr als 300.000 Barrel.",
     [(300000, "jpn-mod", "asserted")]),
    ("Die Forscher dokumentierten im Hafen Rajin zudem das Entladen von etwa 90 Militärlastwagen russischer Bauart.",
     [(90, "xxx-experts", "asserted")]),
])
def test_session_40_blind_batch_ar_business_press(text, expected):
    assert _who(text, "2025-06") == expected


def test_session_40_a_hedge_before_noch_still_hedges():
    records = _numeric("Er schätzt, dass derzeit höchstens noch 10.000 nordkoreanische Soldaten in Russland sind.", "2025-06")
    assert [(r.quantity, r.quantity_qualifier.value) for r in records] == [(10000, "at_most")]


@pytest.mark.parametrize("text, expected", [
    # blind batch aq: a hoax ("Ente") denies; money "bekommen"
    ("Kremlsprecher Dmitri Peskow bezeichnete Berichte über 10.000 nordkoreanische Soldaten in Russland erneut als "
     "„Ente“.", [(10000, "rus-kremlin", "denied")]),
    ("Nordkorea hat für Waffen und Soldaten mindestens 25 Milliarden Dollar von Moskau bekommen.",
     [(25000000000, "xxx-unattributed", "asserted")]),
])
def test_session_40_blind_batch_aq(text, expected):
    assert _who(text, "2025-06") == expected


@pytest.mark.parametrize("text, expected", [
    # an interview's guest introduced by a role in a unit answers under his name
    ("„Sie kommen, auch wenn neben ihnen alle fallen“\n\nOberstleutnant Andrij Kowal ist stellvertretender Kommandeur "
     "einer ukrainischen Luftsturmbrigade, die im Gebiet Kursk kämpft.\n\nFrage: Wie viele Nordkoreaner haben Sie "
     "getroffen?\n\nKowal: Dort haben wir seit Mitte Dezember mehr als 600 nordkoreanische Soldaten getötet.",
     [(600, "ukr-government", "asserted")]),
    # a rank before a name is no part of it, so "Oberstleutnant" alone is no speaker
    ("Oberstleutnant Andrij Kowal ist stellvertretender Kommandeur einer ukrainischen Luftsturmbrigade.\n\nNordkorea hat "
     "Soldaten geschickt. Ein Oberstleutnant der Volksarmee soll 300 Soldaten nach Russland geführt haben.",
     [(300, "xxx-unattributed", "asserted")]),
])
def test_session_40_an_interview_guest_introduced_by_a_role_in_a_unit(text, expected):
    assert _who(text, "2025-01") == expected


@pytest.mark.parametrize("text, expected", [
    # the pronoun speaks for the person named before, past an object between ("mit Kim Jong Un")
    ("Sergej Schoigu war in Pjöngjang. Nach seinem Treffen mit Kim Jong Un hat er angekündigt, Nordkorea werde 1.000 "
     "Minenräumer in das Gebiet Kursk schicken.", [(1000, "rus-security-council", "expected")]),
    # "kam auf Einnahmen von rund 20 Milliarden": an estimate named by its noun
    ("Nordkorea verdient an Moskau. Das Korea Institute for Defense Analyses kam im Frühjahr auf Einnahmen von rund "
     "20 Milliarden Dollar.", [(20000000000, "kor-kida", "asserted")]),
    # "hieß es in Seoul weiter": the general staff goes on, not Seoul's government
    ("Der südkoreanische Generalstab schätzt die Verluste der nordkoreanischen Truppen in Kursk auf rund 1.100 Tote und "
     "Verwundete. Insgesamt seien rund 11.000 nordkoreanische Soldaten in Russland, hieß es in Seoul weiter.",
     [(1100, "kor-military", "asserted"), (11000, "kor-military", "asserted")]),
])
def test_session_40_blind_batch_aq_speakers(text, expected):
    assert _who(text, "2025-06") == expected


@pytest.mark.parametrize("text, expected", [
    # "Laut/Gemäss/Nach seinem Bericht": the body named before
    *[(f"Wie umfangreich der Austausch ist, hat das Multilaterale Sanktionsüberwachungsteam (MSMT) dokumentiert. {cue} "
       "seinem Bericht hat Nordkorea Russland bis Ende 2024 mindestens 9 Millionen Schuss Artilleriemunition geliefert.",
       [(9000000, "int-msmt", "asserted")]) for cue in ("Laut", "Gemäss", "Nach")],
    # (a possessive after a whole cue is the object's)
    ("Kiew/Seoul – Achtzehn nordkoreanische Soldaten haben nach ukrainischen Angaben ihren Stützpunkt in der russischen "
     "Region Brjansk unerlaubt verlassen.", [(18, "ukr-government", "asserted")]),
])
def test_session_40_blind_batch_ap_a_possessive_after_laut(text, expected):
    assert _who(text, "2025-06") == expected


@pytest.mark.parametrize("text, expected", [
    # one rule for rates per head (per_unit and not_a_claim_after), for money as for all else: the rate goes, a
    # total in the same sentence stays (the money gate used to drop every sum of a sentence saying "pro Soldat")
    ("Nach Angaben des NIS zahlt Moskau pro Soldat rund 2000 Dollar, insgesamt also etwa 500 Millionen Dollar an "
     "Pjöngjang.", [(500000000, "kor-nis", "asserted")]),
    ("Je Soldat fließen nach Angaben des NIS 2000 Dollar nach Pjöngjang; für die 12.000 Soldaten kassiert das Regime "
     "damit 24 Millionen Dollar.", [(12000, "kor-nis", "asserted"), (24000000, "kor-nis", "asserted")]),
    ("Moskau zahlt an Pjöngjang rund 2000 Dollar pro Soldat, sagte der NIS.", []),
    ("Pro Kopf zahlt Russland an Nordkorea 2000 Dollar, sagte der NIS.", []),
    ("Im Monat zahlt Russland an Nordkorea 2000 Dollar je Soldat, sagte der NIS.", []),
])
def test_session_41_a_rate_per_head_goes_a_total_beside_it_stays(text, expected):
    assert _who(text, "2025-03") == expected


@pytest.mark.parametrize("text, expected", [
    # papers an outlet holds: the holder named in the relative clause found them (not the country before it)
    ("Nordkorea hat Russland im vergangenen Jahr rund 5 Millionen Granaten geliefert, wie aus Zolldokumenten "
     "hervorgeht, die der Nachrichtenagentur Reuters vorliegen.", [(5000000, "gbr-reuters", "asserted")]),
    ("Nordkorea unterstützt Russland. Zollunterlagen, die Reuters einsehen konnte, weisen für das Jahr 2024 "
     "Lieferungen von 9 Millionen Granaten an Russland aus.", [(9000000, "gbr-reuters", "asserted")]),
    ("Laut Dokumenten, die dem „Spiegel“ zugespielt wurden, hat Nordkorea 3000 weitere Soldaten geschickt.",
     [(3000, "deu-spiegel", "asserted")]),
    # (papers held by nobody named leave it open; a source named before them stays)
    ("Nordkorea hat 3000 weitere Soldaten geschickt, wie aus einem Bericht hervorgeht, der vorliegt.",
     [(3000, "xxx-unattributed", "asserted")]),
    ("Nach Angaben des NIS, die der Zeitung vorliegen, hat Nordkorea 3000 weitere Soldaten geschickt.",
     [(3000, "kor-nis", "asserted")]),
    # a speaker relying on a service passes it on: the service is the source
    ("Wie Selenskyj in seiner Videoansprache unter Berufung auf den Militärgeheimdienst HUR sagte, sollen 3.000 "
     "zusätzliche nordkoreanische Soldaten in das Gebiet Kursk verlegt werden.", [(3000, "ukr-government", "expected")]),
    ("Unter Berufung auf den südkoreanischen Geheimdienst sagte Selenskyj, 3.000 zusätzliche nordkoreanische Soldaten "
     "sollen in das Gebiet Kursk verlegt werden.", [(3000, "kor-nis", "expected")]),
    # "erklärte ein Sprecher": of the body named before
    ("Der südkoreanische Generalstab legte eine eigene Bilanz vor. Nordkorea habe insgesamt rund 15.000 Soldaten nach "
     "Russland entsandt, erklärte ein Sprecher.", [(15000, "kor-military", "asserted")]),
    ("Der südkoreanische Generalstab legte eine eigene Bilanz vor. Nordkorea habe insgesamt rund 15.000 Soldaten nach "
     "Russland entsandt, erklärte ein Sprecher des Pentagons.", [(15000, "usa-dod", "asserted")]),
    # "In Seoul reagierte der Generalstab": Seoul's, not the Russian chief of staff's named before
    ("Generalstabschef Waleri Gerassimow hatte die Beteiligung nordkoreanischer Einheiten bestätigt.\n\nIn Seoul "
     "reagierte der Generalstab mit einer eigenen Bilanz. Nordkorea habe insgesamt rund 15.000 Soldaten nach Russland "
     "entsandt, erklärte ein Sprecher.", [(15000, "kor-military", "asserted")]),
    # a post held before speaks for nobody; the EU's foreign policy chief is the Commission's
    ("Auch die EU-Außenbeauftragte Kaja Kallas sprach von einer „gefährlichen Allianz“. Nordkorea habe Russland "
     "mindestens sechs Millionen Artilleriegranaten geliefert, sagte die frühere estnische Regierungschefin.",
     [(6000000, "int-eu-commission", "asserted")]),
])
def test_session_41_blind_batch_au_speakers(text, expected):
    assert _who(text, "2025-03") == expected


@pytest.mark.parametrize("text, expected", [
    # an apposition's noun describes the body before it: "die Autoren" are the KIDA's, not the ministry's
    ("Die umfangreichste Rechnung hat das Korea Institute for Defense Analyses (KIDA) vorgelegt, ein "
     "Forschungsinstitut des südkoreanischen Verteidigungsministeriums. In einem im Oktober veröffentlichten Bericht "
     "beziffern die Autoren Nordkoreas Einnahmen aus Waffenexporten auf umgerechnet rund 20 Milliarden Dollar.",
     [(20000000000, "kor-kida", "asserted")]),
    # (a role with its body still names it: "Ein Sprecher des Geheimdienstes HUR ... Der Sprecher")
    ("Ein Sprecher des Geheimdienstes HUR hat sich geäußert. Der Sprecher sagte, 3000 nordkoreanische Soldaten seien "
     "gefallen.", [(3000, "ukr-government", "asserted")]),
    # lawmakers without an article pass on the service's briefing
    ("Der südkoreanische Geheimdienst NIS hat seine Verlustschätzung angehoben. Nach einer nichtöffentlichen "
     "Unterrichtung gaben Abgeordnete die neue Zahl weiter: Etwa 4.000 Nordkoreaner seien getötet oder verwundet "
     "worden.", [(4000, "kor-nis", "asserted")]),
    ("Der südkoreanische Geheimdienst NIS hat seine Verlustschätzung angehoben. Etwa 4.000 Nordkoreaner seien getötet "
     "oder verwundet worden, sagten Abgeordnete.", [(4000, "kor-nis", "asserted")]),
    # (lawmakers of a country without such a body are nobody's we know)
    ("Der BND hat seine Schätzung angehoben. Etwa 4.000 Nordkoreaner seien getötet oder verwundet worden, sagten "
     "Abgeordnete.", [(4000, "xxx-unattributed", "asserted")]),
])
def test_session_41_blind_batch_av_bodies_named_around(text, expected):
    assert _who(text, "2025-03") == expected


@pytest.mark.parametrize("text, expected", [
    # the Duma's foreign affairs committee had an actor id but no names to be found by
    ("Nach Einschätzung des südkoreanischen Geheimdienstes NIS sind es mehr als 11.000 nordkoreanische Soldaten. Der "
     "Vorsitzende des Auswärtigen Ausschusses der Duma, Leonid Sluzki, nannte die Zahl von 11.000 Nordkoreanern in "
     "Kursk „eine Erfindung Kiews und seiner Schutzherren“.",
     [(11000, "kor-nis", "asserted"), (11000, "rus-duma-foreign-affairs", "denied")]),
    # what one could do is possible; what is to be reckoned with is expected
    ("Logistisch sei Pjöngjang durchaus in der Lage, 20.000 bis 30.000 Soldaten nach Russland zu verlegen, sagte der "
     "Experte.", [(20000, "xxx-experts", "possible")]),
    ("Bis Jahresende ist nach Angaben des NIS mit 8.000 weiteren nordkoreanischen Soldaten in Russland zu rechnen.",
     [(8000, "kor-nis", "expected")]),
])
def test_session_41_blind_batch_av_names_and_modality(text, expected):
    assert _who(text, "2025-10") == expected


@pytest.mark.parametrize("text, expected", [
    # "Dem Bericht zufolge" after the sentence presenting a body's report, where no source was named before
    ("Das MSMT hat im Herbst einen umfassenden Bericht vorgelegt. Dem Bericht zufolge lieferte Nordkorea mehr als neun "
     "Millionen Artilleriegranaten an Russland.", [(9000000, "int-msmt", "asserted")]),
    ("Das Open Source Centre (OSC) wertet seit 2023 Satellitenbilder der Häfen aus. Den Auswertungen zufolge wurden "
     "mehr als 16.500 Container von Nordkorea nach Russland gebracht.", [(16500, "gbr-osc", "asserted")]),
])
def test_session_41_blind_batch_as_a_report_presented_before(text, expected):
    assert _who(text, "2025-06") == expected


@pytest.mark.parametrize("text, expected", [
    # a relative clause after the count describes the things counted: what they were used for is no strike count
    ("Das ukrainische Außenministerium erklärte, Pjöngjang habe Russland mehr als 100 ballistische Raketen geliefert, "
     "mit denen auch ukrainische Städte beschossen worden seien.", [(100, "ukr-government", "asserted")]),
    # (a strike before the count still is one)
    ("Bei dem Angriff auf Kiew feuerte Russland 100 Raketen ab, die aus Nordkorea stammen.", []),
    # "rechnen mit weiteren ..." is expected
    ("Die Forscher des RUSI haben die Lieferungen Nordkoreas gezählt. Für 2026 rechnen die Forscher mit weiteren "
     "zwei bis drei Millionen Granaten.", [(2000000, "gbr-rusi", "expected")]),
])
def test_session_41_blind_batches_at_as_what_became_of_the_things(text, expected):
    assert _who(text, "2025-04") == expected


@pytest.mark.parametrize("text, expected", [
    # an ambassador speaks for the government; a post right before its holder's name is the holder's
    ("Die britische Botschafterin Barbara Woodward verwies auf die Raketenangriffe. Seit Ende 2023 habe Nordkorea "
     "Russland mit mehr als 60 ballistischen Raketen versorgt.", [(60, "gbr-government", "asserted")]),
    ("Der russische Botschafter Wassili Nebensja wies die Vorwürfe zurück. Die Behauptung, 10.000 Nordkoreaner "
     "stünden bereit, gegen die Ukraine zu kämpfen, sei eine „plumpe Lüge“, sagte er.",
     [(10000, "rus-government", "denied")]),
    # (the post alone, in Seoul, is the embassy's; a title before a name is no post: "Staatsfernsehen Machthaber Kim")
    ("Der russische Botschafter in Seoul sagte, 10.000 nordkoreanische Soldaten seien eine Lüge.",
     [(10000, "rus-embassy-seoul", "denied")]),
    # "sagte Ministeriumssprecher Jeon Ha-kyu": the ministry named before
    ("Das südkoreanische Verteidigungsministerium legte am Nachmittag nach. Nordkorea habe seit August 2023 mehr als "
     "13.000 Container mit Munition nach Russland verschifft, sagte Ministeriumssprecher Jeon Ha-kyu.",
     [(13000, "kor-mnd", "asserted")]),
])
def test_session_41_blind_batch_au_posts_and_holders(text, expected):
    assert _who(text, "2024-11") == expected


@pytest.mark.parametrize("text, expected", [
    # a reading time or a share counter opens no list of teasers: the fact box under it counts
    ("Pjöngjang ehrt seine Gefallenen mit Denkmälern, eine Zahl nennt es nicht.\n\nLesezeit 4 Minuten\n\n"
     "NIS, September 2025: rund 2.000 Gefallene", [(2000, "kor-nis", "asserted")]),
    # ("Mehr zum Thema" does)
    ("Pjöngjang ehrt seine Gefallenen mit Denkmälern, eine Zahl nennt es nicht.\n\nMehr zum Thema\n\n"
     "NIS, September 2025: rund 2.000 Gefallene", []),
    # a country speaking inside a quotation closed before the sentence's cue is what the quote is about
    ("Hong Min, Forscher am Korea Institute for National Unification (KINU), hält eine Ausweitung für möglich. „Es "
     "könnten bis zu 30.000 weitere nordkoreanische Soldaten folgen, zumal Moskau inzwischen offen von "
     "Waffenbrüderschaft spricht“, sagte er.", [(30000, "kor-kinu", "possible")]),
    # a city opening the sentence before names whose general staff is meant
    ("Generalstabschef Waleri Gerassimow lobte die Soldaten.\n\nIn Seoul stützt man sich auf eigene Zahlen. Nach "
     "Einschätzung des Generalstabs hat Nordkorea bislang rund 15.000 Soldaten nach Russland geschickt.",
     [(15000, "kor-military", "asserted")]),
    ("Nach Erkenntnissen Tokios hat Moskau seit März 2024 mehr als eine Million Barrel Öl an Nordkorea geliefert.",
     [(1000000, "jpn-government", "asserted")]),
])
def test_session_41_blind_batches_ax_ay_fact_boxes_quotes_and_places(text, expected):
    assert _who(text, "2025-10") == expected


# --- session 42 ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    # a body that declines to comment is no source: "dem Bericht zufolge" stays the newspaper's
    ("Nordkorea hat nach einem Bericht der Zeitung Nikkei 3000 weitere Soldaten nach Russland geschickt. Der Kreml "
     "äußerte sich nicht. Dem Bericht zufolge sollen 500 Offiziere folgen.",
     [(3000, "jpn-nikkei", "asserted"), (500, "jpn-nikkei", "expected")]),
    ("Nordkorea hat nach einem Bericht der Zeitung Nikkei 3000 weitere Soldaten nach Russland geschickt. Das "
     "Verteidigungsministerium in Moskau äußerte sich auf Anfrage zunächst nicht. Dem Bericht zufolge sollen 500 "
     "Offiziere folgen.", [(3000, "jpn-nikkei", "asserted"), (500, "jpn-nikkei", "expected")]),
    # (one who does speak is the source)
    ("Der Kreml äußerte sich am Abend. Nordkorea habe 3000 Soldaten nach Russland geschickt.",
     [(3000, "rus-kremlin", "asserted")]),
])
def test_session_42_a_body_declining_to_comment_is_no_source(text, expected):
    assert _who(text, "2025-01") == expected


@pytest.mark.parametrize("text, expected", [
    # a counter's word in running text is prose, not page furniture
    ("Pjöngjang reagierte ungewöhnlich schnell. Die Behauptung, Nordkorea habe 7.000 Soldaten verloren, sei eine "
     "„schmutzige Lüge“ des Kiewer Regimes, hieß es in einem Kommentar der staatlichen Nachrichtenagentur KCNA.",
     [(7000, "prk-state-media", "denied")]),
    ("Über Nordkoreas Verluste kursieren hohe Zahlen. Ein Militärblogger, dessen Telegram-Kanal rund 400.000 "
     "Abonnenten hat, schrieb, in den drei Tagen seien bis zu 200 Nordkoreaner gefallen.",
     [(200, "xxx-unattributed", "asserted")]),
    # (a short line of counters still is furniture)
    ("Nordkorea schickte 11.000 Soldaten.\n\nLesezeit 4 Min. | 214 Kommentare | 1.200 Soldaten",
     [(11000, "xxx-unattributed", "asserted")]),
    # a report named and called false, "reine Spekulation", "keinerlei Pläne": denials
    ("Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, nannte die Behauptung, 300 Nordkoreaner "
     "kämpften bei Saporischschja, eine „Fantasie der Kiewer Propaganda“.", [(300, "rus-government", "denied")]),
    ("Im Februar nannte Kremlsprecher Dmitri Peskow die Angabe von 8.000 toten und verwundeten Nordkoreanern „absurd“.",
     [(8000, "rus-kremlin", "denied")]),
    ("Kremlsprecher Peskow sagte, Meldungen über 1.500 weitere Nordkoreaner in Kursk seien „reine Spekulation“.",
     [(1500, "rus-kremlin", "denied")]),
    ("Moskau wies den Bericht zurück. Der russische Vizeaußenminister Andrej Rudenko sagte der Staatsagentur Tass, es "
     "gebe „keinerlei Pläne“ für die Stationierung von 30.000 zusätzlichen Nordkoreanern.",
     [(30000, "rus-government", "denied")]),
])
def test_session_42_blind_batches_bb_az_prose_counters_and_denials(text, expected):
    assert _who(text, "2025-03") == expected


@pytest.mark.parametrize("text, expected", [
    # gunners and drone operators are troops; a Ukrainian brigade's press service speaks for Ukraine
    ("In ihrem Abschnitt bei Huljajpole seien etwa 300 nordkoreanische Artilleristen und Drohnenoperateure im Einsatz, "
     "teilte die Pressestelle der 65. mechanisierten Brigade am Mittwoch mit. Bei einem Drohnenangriff auf eine ihrer "
     "Feuerstellungen seien am Montag zwölf Nordkoreaner getötet worden, hieß es weiter.",
     [(300, "ukr-government", "asserted"), (12, "ukr-government", "asserted")]),
    # an unnamed Western military official, via the agency he spoke to
    ("Ein ranghoher westlicher Militärvertreter sagte der Nachrichtenagentur Reuters, die ukrainischen Angaben seien "
     "„kaum überprüfbar“. Nach seiner Einschätzung liege die Zahl der toten und verwundeten Nordkoreaner „eher "
     "zwischen 1.000 und 2.000“.", [(1000, "xxx-western-officials", "asserted")]),
    # the size of the North's own forces is no deployment
    ("Nach Schätzungen hat Pjöngjang rund 11.000 Soldaten nach Russland geschickt. Nordkoreas Sonderkräfte umfassen "
     "nach Schätzungen insgesamt etwa 200.000 Mann.", [(11000, "xxx-unattributed", "asserted")]),
    # North Koreans massed in Kursk are a deployment (troops of Russia's own massed are not)
    ("Nordkorea hat Soldaten geschickt. Inzwischen sind rund 11.000 Nordkoreaner in der Region Kursk zusammengezogen "
     "worden.", [(11000, "xxx-unattributed", "asserted")]),
    ("Nordkorea hat Soldaten geschickt. Russland hat 50.000 Soldaten in Kursk zusammengezogen.", []),
    # what the sanctions allow is no delivery
    ("Nach Angaben des NIS hat Russland mehr als eine Million Barrel Öl nach Nordkorea gebracht. Die UN-Sanktionen "
     "erlauben Pjöngjang lediglich die Einfuhr von jährlich 500.000 Barrel raffinierter Erdölprodukte.",
     [(1000000, "kor-nis", "asserted")]),
])
def test_session_42_blind_batches_bb_az_who_and_what_is_counted(text, expected):
    assert _who(text, "2025-03") == expected


@pytest.mark.parametrize("note", [
    "19.40 Uhr – Korrektur: In einer früheren Version des Eintrags von 11.47 Uhr hieß es, das Pentagon spreche von "
    "100.000 nordkoreanischen Soldaten in Kursk.",
    "Update 21.30 Uhr: In einer früheren Fassung dieses Eintrags stand irrtümlich, der NIS spreche von 6.000 Gefallenen "
    "unter den nordkoreanischen Soldaten.",
    "Anders als zunächst in dieser Meldung angegeben, geht der NIS nicht von 20.000 getöteten Nordkoreanern aus.",
])
def test_session_42_a_correction_notes_withdrawn_figure_is_no_claim(note):
    assert _who("Nordkorea hat nach Angaben des NIS rund 11.000 Soldaten nach Russland geschickt.\n\n" + note,
                "2025-03") == [(11000, "kor-nis", "asserted")]


@pytest.mark.parametrize("text, expected", [
    # an interview's guest introduced by a retired rank or as a political scientist answers under his name
    ("Brigadegeneral a.D. Hans-Jürgen Kettler über Verluste.\n\nFrage: Herr Kettler, wie viele nordkoreanische "
     "Soldaten stehen derzeit in Russland?\n\nKettler: Nach meinen Informationen sind es rund 12.000 Mann.",
     [(12000, "xxx-experts", "asserted")]),
    ("Im Ö1-Morgenjournal sprach Veronika Strasser mit dem russischen Politologen Dmitri Woronzow.\n\nStrasser: Herr "
     "Woronzow, wie viele Nordkoreaner kämpfen in Kursk?\n\nWoronzow: Nach meinen Quellen sind es mindestens 11.000 "
     "Nordkoreaner. Ende November sollen noch einmal etwa 500 nordkoreanische Offiziere dazugekommen sein.",
     [(11000, "xxx-experts", "asserted"), (500, "xxx-experts", "asserted")]),
    # ... the analyst of a centre named just before speaks for it
    ("Das Open Source Centre in London verfolgt den Warenverkehr zwischen Nordkorea und Russland. Der Analyst Tom "
     "Halloran über Container.\n\nFrage: Wie viele Container haben Sie gezählt?\n\nHalloran: Nach unserer Zählung "
     "wurden mehr als 19.000 Container nach Russland gebracht.", [(19000, "gbr-osc", "asserted")]),
    # ... a guest named before her role without article
    ("Oksana Hryzenko, stellvertretende Leiterin des ukrainischen Koordinierungsstabs für die Behandlung von "
     "Kriegsgefangenen, über die Gefangenen.\n\nFrage: Wie viele nordkoreanische Kriegsgefangene hält die Ukraine?"
     "\n\nHryzenko: Wir halten weiterhin zwei nordkoreanische Soldaten fest, beide wurden im Januar gefangen "
     "genommen.", [(2, "ukr-government", "asserted")]),
    # a body named in a former post ("früher ... der Bundeswehr") is not the speaker's
    ("Oberst a.D. Frank Rothe, früher Lehrstabsoffizier an der Führungsakademie der Bundeswehr, eröffnete die Runde. "
     "Im Gebiet Kursk stünden inzwischen etwa 11.000 nordkoreanische Soldaten, sagte er.",
     [(11000, "xxx-experts", "asserted")]),
])
def test_session_42_blind_batch_ba_interview_guests(text, expected):
    assert _who(text, "2025-01") == expected


@pytest.mark.parametrize("text, expected", [
    # a Russian ambassador elsewhere than Seoul speaks for the government; "keine 12.000" denies the figure
    ("Selenskyj sagte, Pjöngjang habe insgesamt etwa 12.000 Soldaten geschickt. Der russische Botschafter in Berlin "
     "wies die Angaben als „Propaganda Kiews“ zurück. Es gebe keine 12.000 Nordkoreaner an der Front, sagte er.",
     [(12000, "ukr-president", "asserted"), (12000, "rus-government", "denied")]),
    # "der NIS gehe von ... aus" names the service, though a moderator says so
    ("Die Moderatorin hielt ihm entgegen, der südkoreanische Geheimdienst NIS gehe von deutlich geringeren Zahlen "
     "aus, nämlich von rund 300 Gefallenen unter den Nordkoreanern.", [(300, "kor-nis", "asserted")]),
    # forecasts: a warning of more, "würden es ... sein", troops readied
    ("Der ukrainische Militärgeheimdienst warnt vor 30.000 weiteren Soldaten, die Pjöngjang schicken könnte.",
     [(30000, "ukr-government", "possible")]),
    ("Nordkorea hat 11.000 Soldaten geschickt. Bis Jahresende, so der NIS, würden es rund 15.000 sein.",
     [(11000, "xxx-unattributed", "asserted"), (15000, "kor-nis", "expected")]),
    ("Ein Diplomat sagte, Pjöngjang habe weitere 3.000 Soldaten für den Einsatz in Russland in Bereitschaft versetzt.",
     [(3000, "xxx-unattributed", "expected")]),
    # a count supposed in a conditional clause is no claim
    ("Nordkorea hat 11.000 Soldaten geschickt. „Selbst wenn Kim 100.000 Mann schicken würde, wäre das kein "
     "Durchbruch“, sagte er.", [(11000, "xxx-unattributed", "asserted")]),
    ("Nordkorea hat 11.000 Soldaten geschickt. Wenn morgen 50.000 Nordkoreaner an der Front stünden, würde das den "
     "Krieg entscheiden?", [(11000, "xxx-unattributed", "asserted")]),
])
def test_session_42_blind_batch_ba_speakers_and_forecasts(text, expected):
    assert _who(text, "2025-01") == expected


def test_session_42_two_casualty_nouns_before_a_verb_are_one_count():
    rows = [r for t, r in _claims("Nordkorea hat 11.000 Soldaten geschickt. Ich schätze, dass es inzwischen über "
                                  "500 Tote und Verwundete sind.") if t == "casualties"]
    assert [(r.quantity, r.casualty_type) for r in rows] == [(500, "killed_or_wounded")]


def test_session_42_an_answer_counts_what_the_question_before_asked_about():
    text = ("Im Ö1-Morgenjournal sprach Veronika Strasser mit dem russischen Politologen Dmitri Woronzow.\n\n"
            "Strasser: Herr Woronzow, der Kreml bestreitet alles. Wie viele Nordkoreaner kämpfen tatsächlich in Kursk?"
            "\n\nWoronzow: Der Kreml bestreitet, weil er sich schämt. Nach meinen Quellen sind es mindestens 11.000.")
    assert _who(text, "2024-12") == [(11000, "xxx-experts", "asserted")]


@pytest.mark.parametrize("text, expected", [
    # a guest piece's author in the first person singular: an outside expert (or the body the byline names)
    ("Gastbeitrag: Kims Arbeiter bauen an Putins Kriegswirtschaft mit\n\nNordkorea schickt nicht nur Soldaten nach "
     "Russland. Ein Gastbeitrag von Ulrich Brammertz.\n\nNach meinen Informationen arbeiten inzwischen mehr als 15.000 "
     "nordkoreanische Arbeiter in Russland.", [(15000, "xxx-experts", "asserted")]),
    # (what someone told the author is not the author's)
    ("Nordkorea schickt Soldaten nach Russland. Ein Gastbeitrag von Ulrich Brammertz.\n\nEin früherer Kollege "
     "erzählte mir, Pjöngjang habe weitere 3.000 Soldaten in Bereitschaft versetzt.",
     [(3000, "xxx-unattributed", "expected")]),
    # (a newsroom's own text in the first person is not a guest's)
    ("Nordkorea schickt Soldaten nach Russland. Nach meinen Informationen sind es mehr als 15.000.",
     [(15000, "xxx-unattributed", "asserted")]),
])
def test_session_42_a_guest_pieces_author_speaks_in_the_first_person(text, expected):
    assert _who(text, "2025-03") == expected


@pytest.mark.parametrize("text, expected", [
    # a number restated with its noun after a colon or a dash ("Zahl des Tages", a list's heading)
    ("Nordkorea kämpft. 2.000 – so viele nordkoreanische Soldaten sind nach Schätzung des NIS bislang im Krieg gegen "
     "die Ukraine gefallen.", [(2000, "kor-nis", "asserted")]),
    ("Bis zu 30.000: So viele weitere Soldaten könnte Pjöngjang nach Russland schicken.",
     [(30000, "xxx-unattributed", "possible")]),
    # a numbered item's heading restated in its text is one claim, read where the text says it
    ("Sechs Zahlen zu Nordkoreas Krieg\n\n3. 1.000 Minenräumer: Sergej Schoigu, Sekretär des russischen "
     "Sicherheitsrats, kündigte an, Nordkorea werde 1.000 Minenräumer und 5.000 Militärbauarbeiter nach Kursk "
     "schicken.", [(1000, "rus-security-council", "expected"), (5000, "rus-security-council", "expected")]),
    # preparations seen for a deployment are expected; a sum worked out as a supposition is no claim
    ("„Wir sehen Vorbereitungen für die Entsendung von bis zu 5.000 zusätzlichen nordkoreanischen Soldaten“, sagte "
     "Präsident Wolodymyr Selenskyj.", [(5000, "ukr-president", "expected")]),
    ("Nordkorea hat 11.000 Soldaten geschickt. Bei 2.000 Dollar pro Soldat und Monat hochgerechnet wären das rund 240 "
     "Millionen Dollar.", [(11000, "xxx-unattributed", "asserted")]),
])
def test_session_42_blind_batches_bd_bc_lists_and_sums(text, expected):
    assert _who(text, "2025-06") == expected


@pytest.mark.parametrize("text, expected", [
    # "sollten ... eingesetzt werden" is a plan; reports named without an article and called a fantasy are denied
    ("Unter Berufung auf interne Dokumente schreibt die Moscow Times, in Alabuga sollten bis zu 12.000 Nordkoreaner "
     "eingesetzt werden. Außenamtssprecherin Maria Sacharowa nannte Berichte über 12.000 nordkoreanische Arbeiter in "
     "Alabuga „eine Fantasie westlicher Dienste“.",
     [(12000, "rus-moscow-times", "expected"), (12000, "rus-government", "denied")]),
])
def test_session_42_blind_batch_be_plans_and_denials(text, expected):
    assert _who(text, "2025-08") == expected


def test_session_42_the_right_figure_restated_after_a_correction_note_is_not_a_second_claim():
    text = ("Bis zu 12.000 Nordkoreaner sollten in Alabuga beschäftigt werden, sagte ein Sprecher des HUR.\n\n"
            "Korrektur: In einer früheren Version dieses Artikels hieß es, Russland wolle 120.000 nordkoreanische "
            "Arbeiter holen. Das war ein Übertragungsfehler. Richtig ist: bis zu 12.000.")
    assert _who(text, "2025-08") == [(12000, "ukr-government", "expected")]


@pytest.mark.parametrize("text, expected", [
    # a government's circles after an outlet are that outlet's country's government, the outlet passing it on
    ("Wie die Nachrichtenagentur Kyodo am Dienstag unter Berufung auf Regierungskreise berichtete, geht Tokio davon "
     "aus, dass sich rund 11.000 nordkoreanische Soldaten in Russland aufhalten.",
     [(11000, "jpn-government", "asserted")]),
    ("Die Nachrichtenagentur Yonhap berichtete unter Berufung auf Regierungsquellen, Pjöngjang habe 100 "
     "Mehrfachraketenwerfer nach Russland verschifft.", [(100, "kor-government", "asserted")]),
    # a ministry named alone is not that of the partners a government is "in Austausch mit"
    ("Japans Regierung verfolgt die Lage mit Sorge. Sie stehe in engem Austausch mit Washington und Seoul, sagte ein "
     "Sprecher. Die Zeitung Asahi Shimbun berichtete unter Berufung auf einen Beamten des Verteidigungsministeriums, "
     "Nordkorea habe mehr als fünf Millionen Artilleriegranaten an Russland geliefert.",
     [(5000000, "jpn-mod", "asserted")]),
])
def test_session_43_outlets_passing_on_their_government(text, expected):
    assert _who(text, "2024-11") == expected


@pytest.mark.parametrize("text, expected", [
    # an outlet's own research, then "Demnach": the outlet's
    ("Das Exilmedium iStories hat Frachtdaten der russischen Staatsbahn ausgewertet. Demnach wurden mehr als 6.000 "
     "Waggons mit Munition aus Nordkorea abgefertigt.", [(6000, "rus-istories", "asserted")]),
    # "die Redaktion" is the outlet named last
    ("Genauer wollte es das Exilmedium iStories wissen. Auf einen Waggon passen nach Berechnungen der Redaktion bis zu "
     "1.500 Granaten. Insgesamt seien damit zwischen sieben und neun Millionen Artilleriegranaten aus Nordkorea nach "
     "Russland gelangt.", [(7000000, "rus-istories", "asserted")]),
])
def test_session_43_an_outlets_own_research(text, expected):
    assert _who(text, "2025-11") == expected


@pytest.mark.parametrize("text, expected", [
    # a rejection whose "zurück" comes far after "wies"
    ("Russlands Botschafter in Seoul, Georgi Sinowjew, wies im Gespräch mit dem Sender KBS Berichte über eine "
     "bevorstehende Entsendung weiterer 10.000 Nordkoreaner zurück.", [(10000, "rus-embassy-seoul", "denied")]),
    # an official of the government of a Korean outlet's country
    ("Die Zeitung Dong-A Ilbo berichtete unter Berufung auf einen Regierungsvertreter, die Truppen würden in Lagern "
     "nahe Wonsan ausgebildet. Rund 4.000 von ihnen sollten bereits im März nach Russland verlegt werden.",
     [(4000, "kor-government", "expected")]),
    # signs of a deployment are a deployment expected
    ("Südkoreas Präsidialamt rechnet damit, dass Nordkorea weitere Soldaten nach Russland schickt. Der Nationale "
     "Sicherheitsberater Wi Sung-lac sagte, es gebe „klare Anzeichen“ für eine neue Entsendung von bis zu 10.000 "
     "Soldaten.", [(10000, "kor-presidential-office", "expected")]),
])
def test_session_43_rejections_officials_and_signs(text, expected):
    assert _who(text, "2025-09") == expected


@pytest.mark.parametrize("text, expected", [
    # proceeds from arms sales are money paid; "veranschlagte" is a verb of saying
    ("Der britische Thinktank RUSI veranschlagte die Erlöse Nordkoreas allein aus Munitionsverkäufen an Russland auf "
     "1,7 bis 5,5 Milliarden Dollar.", [(1700000000, "gbr-rusi", "asserted")]),
    ("Nordkorea hat nach einer Studie des KIDA seit 2023 rund 20 Milliarden Dollar aus der Zusammenarbeit mit Moskau "
     "erlöst.", [(20000000000, "kor-kida", "asserted")]),
    # a task ahead is a plan; work said to go on already is hearsay
    ("Nordkorea wird nach russischen Angaben 6.000 Militärbauarbeiter nach Kursk schicken. Demnach sollen 1.000 "
     "Pioniere Minen räumen, weitere 5.000 Bauarbeiter sollen zerstörte Straßen wiederaufbauen.",
     [(6000, "rus-government", "expected"), (1000, "rus-government", "expected"), (5000, "rus-government", "expected")]),
    ("Nach Angaben des NIS sollen bereits 1.500 nordkoreanische Bauarbeiter in Kursk Straßen und Brücken reparieren.",
     [(1500, "kor-nis", "asserted")]),
])
def test_session_43_proceeds_and_tasks(text, expected):
    assert _who(text, "2025-11") == expected


@pytest.mark.parametrize("text, expected", [
    # "macht publik" says; whoever "erfährt vom NIS" heard it from the NIS
    ("18. Oktober 2024: Der südkoreanische Geheimdienst NIS macht publik, dass Nordkorea 1.500 Spezialkräfte per "
     "Schiff nach Wladiwostok gebracht hat.", [(1500, "kor-nis", "asserted")]),
    ("30. April 2025: Der Geheimdienstausschuss des Parlaments in Seoul erfährt vom NIS, dass rund 600 Nordkoreaner "
     "bei den Kämpfen ums Leben gekommen sind.", [(600, "kor-nis", "asserted")]),
    ("Die Abgeordneten erfuhren vom Geheimdienst, dass rund 600 Nordkoreaner gefallen sind.",
     [(600, "kor-nis", "asserted")]),
    # a source "im Verteidigungsministerium" of a Russian paper is in Russia's ministry, though Seoul was named before
    ("Seoul wartet ab. Die Wirtschaftszeitung Kommersant berichtete unter Berufung auf einen Gesprächspartner im "
     "Verteidigungsministerium, die ersten 500 nordkoreanischen Minenräumer könnten schon Ende Juni eintreffen.",
     [(500, "rus-government", "possible")]),
])
def test_session_43_made_public_learned_from_and_a_papers_ministry(text, expected):
    assert _who(text, "2025-06") == expected


@pytest.mark.parametrize("text, expected", [
    # a claim restated and called false in a clause of its own; an embassy outside Seoul speaks for its government
    ("Die russische Botschaft in Berlin reagierte noch am Abend. Die Behauptung, Nordkorea habe in diesem Jahr zwei "
     "Millionen Granaten geliefert, sei „Teil einer Desinformationskampagne“, hieß es in einer Mitteilung.",
     [(2000000, "rus-government", "denied")]),
    ("Die Behauptung, 4.000 Soldaten der Koreanischen Volksarmee seien gefallen, sei eine „niederträchtige "
     "Verleumdung“, erklärte ein Sprecher der nordkoreanischen Botschaft.", [(4000, "prk-government", "denied")]),
    # a role joined to the body's name: the person named after it speaks for the body
    ("Bei der Anhörung hat BND-Chef Martin Jäger ein düsteres Bild gezeichnet. Nordkorea habe Russland bislang bis zu "
     "zwölf Millionen Schuss Artilleriemunition geliefert, sagte Jäger.", [(12000000, "deu-government", "asserted")]),
    # a quotation of several paragraphs after "Auszüge:" is the speaker's, up to its closing mark
    ("Merz im Bundestag\n\nBundeskanzler Friedrich Merz hat im Bundestag eine Regierungserklärung abgegeben. Auszüge:"
     "\n\n„Meine Damen und Herren, Russland führt diesen Krieg nicht allein. Nordkorea hat Putin weit mehr als 10.000 "
     "Soldaten zur Verfügung gestellt.\n\n(Beifall bei der CDU/CSU)\n\nAllein im ersten Halbjahr sind nach den "
     "Erkenntnissen unserer Dienste mehr als zwei Millionen Schuss aus Nordkorea nach Russland gerollt.“\n\n"
     "Nordkorea hat 3.000 Soldaten verloren.",
     [(10000, "deu-government", "asserted"), (2000000, "deu-government", "asserted"),
      (3000, "xxx-unattributed", "asserted")]),
])
def test_session_43_parliament_denials_chiefs_and_speech_excerpts(text, expected):
    assert _who(text, "2025-10") == expected


@pytest.mark.parametrize("text, expected", [
    # Germany's foreign minister and office, the BND's expectation in reported speech
    ("Bundesaußenminister Johann Wadephul sagte am Rande des Treffens, nach deutschen Erkenntnissen habe Nordkorea "
     "inzwischen rund zwölf Millionen Granaten an Russland geliefert.", [(12000000, "deu-foreign-office", "asserted")]),
    ("Nach Kenntnis des Auswärtigen Amts lieferte Russland im Gegenzug rund 60.000 Tonnen Weizen nach Nordkorea.",
     [(60000, "deu-foreign-office", "asserted")]),
    ("Der BND rechne damit, dass Pjöngjang bis zum Sommer bis zu 30.000 weitere Soldaten nach Russland schicken werde.",
     [(30000, "deu-government", "expected")]),
    # an EU commissioner, called by nationality after the verb of saying
    ("Bereits in der Aussprache hatte EU-Verteidigungskommissar Andrius Kubilius Nordkorea als „Munitionsfabrik "
     "Putins“ bezeichnet. Pjöngjang habe Moskau seit 2023 mehr als sechs Millionen Artilleriegranaten geliefert, sagte "
     "der Litauer.", [(6000000, "int-eu-commission", "asserted")]),
    ("Südkoreas UN-Botschafter sagte, nach Erkenntnissen seiner Regierung habe Nordkorea bislang rund 15.000 Soldaten "
     "nach Russland geschickt.", [(15000, "kor-government", "asserted")]),
])
def test_session_43_ministers_commissioners_and_ambassadors(text, expected):
    assert _who(text, "2025-10") == expected


@pytest.mark.parametrize("text, expected", [
    # "Es" before a verb of saying is the neuter body named before (not "Es gibt")
    ("Die bislang umfassendste Schätzung stammt vom Korea Institute for Defense Analyses (KIDA). Es bezifferte die "
     "Einnahmen Pjöngjangs aus Waffenverkäufen an Russland auf umgerechnet rund 20 Milliarden Dollar.",
     [(20000000000, "kor-kida", "asserted")]),
    # "tat ... als „Propaganda“ ab" says and denies
    ("Und Moskau? Außenamtssprecherin Maria Sacharowa tat Berichte über „angeblich 12.000 nordkoreanische Soldaten“ "
     "in dieser Woche erneut als „Propaganda des kollektiven Westens“ ab.", [(12000, "rus-government", "denied")]),
    # a capital's adjective before "Angaben"; prisoners presented
    ("Die Zahl der nordkoreanischen Gefangenen in ukrainischer Hand liegt nach Kiewer Angaben weiterhin bei zwei.",
     [(2, "ukr-government", "asserted")]),
    ("Selenskyj präsentierte im Januar zwei gefangene Nordkoreaner, einer mit einer Kieferverletzung.",
     [(2, "ukr-president", "asserted")]),
])
def test_session_43_commentary_pronouns_dismissals_and_capitals(text, expected):
    assert _who(text, "2025-10") == expected


@pytest.mark.parametrize("text, expected", [
    # a daily or monthly rate before the number is no count (a yearly amount is)
    ("Oktober 2025 – Russland liefert laut NIS monatlich rund 100.000 Barrel Öl an Nordkorea.", []),
    ("Während der Gegenoffensive seien täglich bis zu 40 Nordkoreaner ausgefallen, so das britische "
     "Verteidigungsministerium.", []),
    ("Hinzu kämen nach Schätzung des KIDA jährlich rund 100.000 Tonnen Getreide aus Russland für Nordkorea.",
     [(100000, "kor-kida", "asserted")]),
])
def test_session_43_daily_and_monthly_rates_are_no_counts(text, expected):
    assert _who(text, "2025-10") == expected


def test_session_43_replacements_for_the_fallen_are_no_casualty_count():
    text = ("Im Januar korrigierte auch der NIS seine Angaben zu Nordkorea. Statt der ursprünglich genannten 12.000 "
            "seien inzwischen schätzungsweise 13.000 Soldaten in Russland, darunter Ersatz für Gefallene, teilte die "
            "Behörde mit.")
    got = [(r.quantity, type(r).__name__) for r in _numeric(text, "2025-02")]
    assert got == [(13000, "Deployment")], got


def test_session_43_a_figure_in_quotes_after_von_counts_what_the_clause_before_counted():
    text = ("Das Pentagon sprach Ende Oktober von rund 10.000 nordkoreanischen Soldaten, im Dezember dann von „mehr als "
            "11.000“.")
    assert _who(text, "2025-01") == [(10000, "usa-dod", "asserted"), (11000, "usa-dod", "asserted")]


@pytest.mark.parametrize("text, expected", [
    # a chronicle's dated entry with its speaker before a second colon
    ("23. Dezember 2024: Präsident Wolodymyr Selenskyj: Mehr als 3.000 Nordkoreaner sind getötet oder verwundet "
     "worden.", [(3000, "ukr-president", "asserted")]),
    # a role word's country is that of the last country named, past generic experts named after it
    ("Aus Seoul kommt eine Schätzung, die selbst erfahrene Beobachter überrascht. Seit August 2023 habe Nordkorea rund "
     "20.000 Container mit Munition nach Russland verschifft, teilt der Generalstab mit.",
     [(20000, "kor-military", "asserted")]),
])
def test_session_43_chronicle_entries_and_role_words_past_experts(text, expected):
    assert _who(text, "2025-10") == expected


@pytest.mark.parametrize("text, expected", [
    # "verwies auf ukrainische Angaben, wonach ...": the figures referred to are Ukraine's
    ("Die Grünen-Verteidigungspolitikerin Lea Brandner hielt dagegen, die Bundesregierung sei zurückhaltend. Sie "
     "verwies auf ukrainische Angaben, wonach Nordkorea zuletzt auch 120 Mehrfachraketenwerfer vom Typ M1991 an "
     "Russland geliefert habe.", [(120, "ukr-government", "asserted")]),
    # Russia's representative at a conference speaks for its government
    ("Der russische Vertreter wies die Vorwürfe zurück. Die Behauptung, in Russland arbeiteten 12.000 Nordkoreaner für "
     "die Rüstungsindustrie, sei „reine Erfindung“, sagte er.", [(12000, "rus-government", "denied")]),
])
def test_session_43_figures_referred_to_and_russias_representative(text, expected):
    assert _who(text, "2025-10") == expected


def test_session_43_the_russian_side_deputies_participles_first_and_troops_sent_after_losses():
    rows = [(type(r).__name__, r.quantity, r.claimant_id) for r in _numeric(
        "Der Duma-Abgeordnete Pawel Gromow sagte zu Nordkoreas Soldaten, gefallen seien „höchstens 300 Mann“.", "2025-05")]
    assert rows == [("Casualty", 300, "rus-duma")], rows
    rows = [(type(r).__name__, r.quantity, r.claimant_id) for r in _numeric(
        "Der südkoreanische Geheimdienst meldet, Nordkorea habe nach schweren Verlusten weitere 1.000 bis 1.500 Soldaten "
        "nach Russland verlegt.", "2025-02")]
    assert rows == [("Deployment", 1000, "kor-nis")], rows


@pytest.mark.parametrize("text, expected", [
    # sources that had no actor id before: Russian military bloggers, Kursk's governor, Austria's army, the Yomiuri,
    # the European Parliament and the G7
    ("Der Kanal Rybar schrieb dazu, Pjöngjang habe für die Offensive 120 Mehrfachraketenwerfer an Russland geliefert.",
     [(120, "rus-milbloggers", "asserted")]),
    ("Der Gouverneur des Gebiets Kursk, Alexander Chinschtein, schrieb auf Telegram, in seiner Region seien 4.000 "
     "nordkoreanische Bauarbeiter im Einsatz.", [(4000, "rus-kursk-region", "asserted")]),
    ("Nordkorea hat nach Einschätzung des österreichischen Bundesheeres rund 120 Panzerhaubitzen an Russland "
     "geliefert.", [(120, "aut-bundesheer", "asserted")]),
    ("Die japanische Zeitung Yomiuri Shimbun berichtet, derzeit seien rund 11.000 Nordkoreaner als Soldaten in Russland "
     "stationiert.", [(11000, "jpn-yomiuri", "asserted")]),
    ("Das Europäische Parlament stellt fest, dass Nordkorea seit Oktober 2024 mindestens 14.000 Soldaten nach Russland "
     "entsandt hat.", [(14000, "int-eu-parliament", "asserted")]),
    ("In der Abschlusserklärung der G7-Außenminister heißt es, Pjöngjang habe Russland mehr als 11.000 Soldaten zur "
     "Verfügung gestellt.", [(11000, "int-g7", "asserted")]),
    # (a blogger of the other side is none of them)
    ("Der ukrainische Militärblogger Oleksandr Kowal schrieb, in den drei Tagen seien bis zu 200 Nordkoreaner "
     "gefallen.", [(200, "xxx-unattributed", "asserted")]),
])
def test_session_44_sources_given_actor_ids(text, expected):
    assert _who(text, "2025-06") == expected


def test_session_44_a_colon_ends_the_clause_of_a_casualty_count():
    # "Toten", then a new clause after the colon whose "verloren" is no casualty word of the count
    rows = [(r.quantity, r.casualty_type.value) for r in _numeric(
        "Nordkorea schickte Soldaten nach Russland. Seit Südkoreas Geheimdienst von mindestens 2.000 Toten ausgeht, ist "
        "das vorbei: Zu viele Familien haben Söhne verloren.", "2025-09")]
    assert rows == [(2000, "killed")], rows


@pytest.mark.parametrize("text, expected", [
    # a count dated to a year before the war is history
    ("Nordkorea schickt Arbeiter. Zum Vergleich: 2019, im letzten Jahr vor den UN-Sanktionen, hatte Rosstat noch rund "
     "30.000 nordkoreanische Arbeitskräfte im Land gezählt.", []),
    ("Nordkorea schickt Arbeiter. Vor den verschärften UN-Sanktionen von 2017 arbeiteten nach Angaben des "
     "südkoreanischen Vereinigungsministeriums rund 30.000 Nordkoreaner in Russland.", []),
    ("Laut dem russischen Innenministerium erhielten im vergangenen Jahr 3.100 Nordkoreaner eine Arbeitserlaubnis. 2019 "
     "waren es noch mehr als 20.000 gewesen.", [(3100, "rus-government", "asserted")]),
    # (not a span reaching into the scope, nor a sentence that names the present)
    ("Nordkorea hat im vergangenen Jahr gut 15.000 Arbeiter nach Russland geschickt, obwohl UN-Resolutionen das seit "
     "Dezember 2019 untersagen.", [(15000, "xxx-unattributed", "asserted")]),
    ("Trotz der 2017 verhängten Sanktionen arbeiten derzeit rund 15.000 Nordkoreaner in Russland.",
     [(15000, "xxx-unattributed", "asserted")]),
])
def test_session_44_counts_dated_before_the_war(text, expected):
    assert _who(text, "2025-06") == expected


@pytest.mark.parametrize("text", [
    # what one vehicle carries or fires, what a system is built of, a price per piece, barrel wear
    "Nordkorea lieferte KN-23-Raketen an Russland. Jedes dieser Fahrzeuge kann zwei Raketen tragen.",
    "Nordkorea lieferte Munition an Russland. Ein Flachwagen trägt in der Regel zwei 20-Fuß-Container.",
    "Russland lieferte Nordkorea ein Pantsir-System. Das System kombiniert zwei Maschinenkanonen mit zwölf "
    "Lenkflugkörpern.",
    "Nordkorea lieferte Granaten an Russland. Pro Granate vom Kaliber 152 Millimeter zahlt Moskau nach Schätzungen "
    "zwischen 800 und 1.000 Dollar.",
    "Nordkorea lieferte Granaten an Russland. Für eine 152-Millimeter-Granate habe Russland im Schnitt rund 1.200 "
    "Dollar gezahlt, für eine KN-23 bis zu drei Millionen Dollar.",
    "Nordkorea lieferte Raketenwerfer an Russland. Hinzu kommen Raketen für den BM-21, der 40 Geschosse in einer "
    "Salve abfeuert.",
    "Nordkorea lieferte Haubitzen an Russland. Fachleute sagen, dass ein Rohr nach etwa 600 Schuss ausgetauscht "
    "werden muss.",
    # an army's own arsenal, its verb apart from "über"; the army at home is no casualty count
    "Nordkorea lieferte Haubitzen an Russland. Die nordkoreanische Armee verfügt nach Angaben des südkoreanischen "
    "Weißbuchs über rund 500 Exemplare.",
    "Nordkorea schickte Soldaten. Die nordkoreanische Armee mit ihren rund 1,28 Millionen aktiven Soldaten verkraftet "
    "solche Verluste.",
])
def test_session_44_specifications_prices_and_arsenals_are_no_claims(text):
    assert _who(text, "2025-06") == []


def test_session_44_a_price_per_piece_leaves_the_sum_paid_and_a_new_deployment():
    assert _who("Nordkorea lieferte Granaten. Für eine Zahlung von zwei Milliarden Dollar gibt es keinen Beleg.",
                "2025-06") != []
    assert [q for q, _, _ in _who("Seoul sieht „klare Anzeichen“ für eine neue Entsendung von bis zu 10.000 "
                                  "nordkoreanischen Soldaten.", "2025-06")] == [10000]
    # launch pads that arrived are launchers delivered
    assert [q for q, _, _ in _who("Nordkorea liefert Raketen. Satellitenbilder zeigen mindestens 20 mobile "
                                  "Startrampen, die aus Nordkorea eingetroffen waren.", "2025-02")] == [20]


def test_session_44_a_count_of_history_is_still_what_a_later_count_refers_to():
    assert _who("Vor den Sanktionen von 2017 arbeiteten nach Angaben des südkoreanischen Vereinigungsministeriums rund "
                "30.000 Nordkoreaner in Russland. Inzwischen schätzt das Ministerium ihre Zahl wieder auf gut 20.000.",
                "2025-06") == [(20000, "kor-unification-ministry", "asserted")]


@pytest.mark.parametrize("text", [
    # North Koreans in another country, other nations' workers, workers killed at work or in a fire where they live
    "Nordkorea schickt Arbeiter nach Russland. Weltweit setzt Pjöngjang zwischen 1.000 und 1.500 IT-Spezialisten ein.",
    "Nordkorea schickt Arbeiter nach Russland. In China arbeiten nach Angaben von Forschern sogar bis zu 100.000 "
    "Nordkoreaner.",
    "Nordkorea schickt Arbeiter nach Russland. Zum Vergleich: Aus Vietnam kamen 2025 rund 24.000 Arbeitskräfte.",
    "Nordkorea schickt Arbeiter nach Russland. Südkorea selbst beschäftigt derzeit etwa 160.000 ausländische "
    "Arbeitskräfte.",
    "Nordkorea schickt Arbeiter nach Russland. Im Frühjahr kamen bei einem Brand in einem Arbeiterwohnheim in "
    "Chabarowsk drei nordkoreanische Bauarbeiter ums Leben.",
    "Nordkorea schickt Arbeiter nach Russland. Mindestens 17 nordkoreanische Arbeiter seien seit 2024 bei "
    "Arbeitsunfällen in Russland gestorben.",
])
def test_session_44_workers_elsewhere_and_accidents_are_no_claims(text):
    assert _who(text, "2025-06") == []


@pytest.mark.parametrize("text, expected", [
    # things ordered; "rechne mit" in reported speech; "eintreffen sollten"; a short attribute between two planned counts
    ("Nordkorea liefert Raketen. Weitere 50 Raketen seien bestellt und sollten bis zum Sommer übergeben werden, sagte "
     "Budanow.", [(50, "ukr-government", "expected")]),
    ("Nordkorea liefert Haubitzen. Der südkoreanische Geheimdienst rechne mit bis zu 100 weiteren Haubitzen bis zum "
     "Frühjahr, sagte ein Abgeordneter.", [(100, "kor-nis", "expected")]),
    ("Nordkorea liefert Haubitzen. Hinzu kämen rund 200 weitere Artilleriesysteme, die noch in diesem Jahr eintreffen "
     "sollten, sagte Budanow.", [(200, "ukr-government", "expected")]),
    ("Schoigu hatte im Juni in Pjöngjang angekündigt, Nordkorea werde 1.000 Pioniere zur Minenräumung und 5.000 "
     "Militärbauarbeiter in das Gebiet schicken.",
     [(1000, "rus-security-council", "expected"), (5000, "rus-security-council", "expected")]),
])
def test_session_44_plans_ordered_reckoned_with_and_shared(text, expected):
    assert _who(text, "2025-06") == expected


def test_session_44_parades_displacement_and_names_of_the_fallen():
    # people at a parade, a submarine's displacement: no claims
    assert _who("Nordkorea schickte Soldaten nach Russland. Nach Schätzungen südkoreanischer Beobachter nahmen an der "
                "Parade in Pjöngjang insgesamt rund 13.000 Soldaten teil.", "2025-10") == []
    assert _who("Nordkorea schickte Soldaten nach Russland. Auf dem Roten Platz sollen nach Angaben des "
                "Verteidigungsministeriums rund 11.000 Soldaten marschieren.", "2025-05") == []
    assert _who("Russland helfe Nordkorea beim Bau eines U-Boots mit einer Verdrängung von 8.700 Tonnen, schrieb die "
                "Zeitung.", "2026-03") == []
    # those who "gave their lives" are the fallen
    rows = _kinds("Nordkorea schickte Soldaten nach Russland. Auf einer Wand aus Granit sind die Namen von 1.960 "
                  "nordkoreanischen Soldaten eingraviert, die „in der Fremde ihr Leben für die Gerechtigkeit gegeben“ "
                  "hätten.", "2026-04")
    assert rows == [("Casualty", 1960, "killed")], rows


@pytest.mark.parametrize("text, expected", [
    # "beziffern", "schildern", "erläutern": verbs of saying whose stem ends in -er take a plain -n
    ("Forscher des Asan-Instituts beziffern die Einnahmen Pjöngjangs auf bis zu 20 Milliarden Dollar.",
     [(20000000000, "kor-asan", "asserted")]),
    # people awaited are expected
    ("Der Duma-Abgeordnete Leonid Sluzki sagte, bis Jahresende würden weitere 5.000 nordkoreanische Bauarbeiter im "
     "Gebiet Kursk erwartet.", [(5000, "rus-duma-foreign-affairs", "expected")]),
])
def test_session_44_plural_verbs_in_er_and_people_awaited(text, expected):
    assert _who(text, "2025-06") == expected


@pytest.mark.parametrize("text, qualifier", [
    # "Angaben über 15.000 Soldaten": the figure the statements are about, no "more than"
    ("Nordkoreas UN-Vertretung wies die Angaben über 15.000 Soldaten in Russland als „Verleumdung“ zurück.", "exact"),
    ("Ein Sprecher des nordkoreanischen Verteidigungsministeriums nannte Angaben über zwölf Millionen gelieferte "
     "Granaten eine „absurde Lüge“.", "exact"),
    # (but "nach Angaben" and "nach eigenen Angaben" hedge what follows)
    ("Nach Angaben über 15.000 Soldaten sind inzwischen aus Nordkorea in Russland eingetroffen.", "more_than"),
])
def test_session_44_about_figures_after_angaben(text, qualifier):
    assert [r.quantity_qualifier.value for r in _numeric(text, "2025-06")] == [qualifier]


@pytest.mark.parametrize("text, expected", [
    # "einiger Tausend": several thousand, no count
    ("Nordkorea hat Soldaten geschickt. Der Verlust einiger Tausend Mann fällt kaum ins Gewicht.", []),
    # awaited deliveries, things on their way, people set aside for a task
    ("Nordkorea liefert. Der ukrainische Geheimdienst erwartet in diesem Jahr eine weitere Lieferung von bis zu 100 "
     "Raketen aus Nordkorea an Russland.", [(100, "ukr-government", "expected")]),
    ("Nordkorea schickte Soldaten. Der ukrainische Geheimdienst meldet, dass 20 weitere Mehrfachraketenwerfer aus "
     "Nordkorea unterwegs sind.", [(20, "ukr-government", "expected")]),
    ("Nordkorea schickt Soldaten. Laut NIS seien zusätzlich rund 1.000 Minenräumer für den Wiederaufbau im Gebiet Kursk "
     "vorgesehen.", [(1000, "kor-nis", "expected")]),
])
def test_session_44_several_thousand_awaited_and_on_their_way(text, expected):
    assert [(q, c, m) for q, c, m in _who(text, "2025-06") if q is not None] == expected


@pytest.mark.parametrize("text, expected", [
    # a quotation after a colon is the words of whoever the clause before it names (a press review's way)
    ("Budanow sprach von Millionen Granaten.\n\nDer „Kyiv Independent“ geht in seinem Leitartikel auf die Raketen ein: "
     "„Mehr als 150 nordkoreanische Raketen hat Russland seit dem Winter 2023 auf unsere Städte abgefeuert.“",
     [(150, "ukr-kyiv-independent", "asserted")]),
    ("O-Ton Andrij Jussow, Sprecher des ukrainischen Militärgeheimdienstes: „Nordkorea hat Russland im vergangenen "
     "Jahr etwa 150 ballistische Raketen geliefert.“", [(150, "ukr-government", "asserted")]),
])
def test_session_44_a_quotation_after_a_colon(text, expected):
    assert _who(text, "2025-03") == expected


@pytest.mark.parametrize("text, expected", [
    # "Nach der Ankündigung von ...": the announcement's author speaks
    ("Nach Angaben des Pentagons wurden dort rund 11.000 Nordkoreaner eingesetzt. Nach der Ankündigung von Russlands "
     "Sicherheitsratssekretär Sergei Schoigu sollen 1.000 nordkoreanische Pioniere im Gebiet Kursk Minen räumen.",
     [(11000, "usa-dod", "asserted"), (1000, "rus-security-council", "expected")]),
    # weapons destroyed, a country's own arsenal
    ("Nordkorea lieferte Haubitzen an Russland. Das ukrainische Militär meldete bis Anfang März die Zerstörung von 37 "
     "Koksan-Haubitzen.", []),
    ("Nordkorea lieferte Werfer an Russland. Nordkorea selbst verfügt nach Schätzungen über rund 5.500 "
     "Mehrfachraketenwerfer.", []),
])
def test_session_44_announcements_destroyed_weapons_and_own_arsenals(text, expected):
    assert _who(text, "2025-06") == expected


def test_session_44_a_table_under_a_chart_takes_the_source_line_below_it():
    table = ("Tabelle: Nordkoreas Verluste im Zeitverlauf\nJanuar 2025: rund 300 Tote, rund 2.700 Verwundete\n"
             "April 2025: rund 600 Tote\n")
    source = "Quelle: NIS, Unterrichtungen des Geheimdienstausschusses"
    assert _who("Der Dienst hat die Zahl revidiert.\n\n" + table + source, "2025-09") == [
        (300, "kor-nis", "asserted"), (2700, "kor-nis", "asserted"), (600, "kor-nis", "asserted")]
    # (a blank line between: the source line is another block's)
    assert _who("Der Dienst hat die Zahl revidiert.\n\n" + table + "\n" + source, "2025-09") == [
        (300, "xxx-unattributed", "asserted"), (2700, "xxx-unattributed", "asserted"), (600, "xxx-unattributed", "asserted")]


@pytest.mark.parametrize("text", [
    "Pjöngjangs Außenministerium hat die Zahl von 250 Raketen für Russland als „plumpe Lüge“ zurückgewiesen.",
    "Ein Sprecher des nordkoreanischen Verteidigungsministeriums nannte Angaben über 250 an Russland gelieferte "
    "Raketen eine „absurde Lüge“.",
])
def test_session_44_north_koreas_ministries(text):
    assert _who(text, "2025-06") == [(250, "prk-government", "denied")]


@pytest.mark.parametrize("text", [
    "Nordkorea liefert Granaten. An manchen Tagen feuert der Gegner in unserem Abschnitt 3.000 Granaten aus Nordkorea ab.",
    "Nordkorea liefert Munition. Russland verschießt an ruhigen Tagen etwa 10.000 Granaten aus Nordkorea.",
    "Nordkorea schickte Soldaten. Das ISW schreibt, dass an besonders verlustreichen Tagen bis zu 100 Nordkoreaner "
    "getötet oder verwundet worden seien.",
])
def test_session_44_what_happens_on_some_days_is_a_rate(text):
    assert _who(text, "2026-02") == []


@pytest.mark.parametrize("text, expected", [
    # drones and missiles fired "in der Nacht": an attack, no delivery
    ("Nordkorea schickt Soldaten. Die ukrainische Luftwaffe meldete, Russland habe in der Nacht 146 Drohnen und sechs "
     "Raketen auf das Land abgefeuert.", []),
    # room for people, people sanctioned
    ("Nordkorea schickt Soldaten. Nach Einschätzung der Analysten bietet das Lager inzwischen Platz für bis zu 4.000 Mann.",
     []),
    ("Nordkorea schickt Soldaten. Die EU hat bislang Strafmaßnahmen gegen 47 Personen verhängt.", []),
    # the participle first, a source between it and the count
    ("Nordkorea schickt Soldaten. Gefallen seien nach NIS-Angaben mindestens 2.300 Nordkoreaner.",
     [(2300, "kor-nis", "asserted")]),
])
def test_session_44_attacks_at_night_room_sanctions_and_the_fallen_first(text, expected):
    assert _who(text, "2026-03") == expected


@pytest.mark.parametrize("text, expected", [
    # treated in clinics: wounded
    ("Nordkorea schickte Soldaten. Laut Kiew wurden mehr als 1.000 von ihnen in russischen Kliniken behandelt.",
     [("Casualty", 1000, "wounded")]),
    # "jede Woche", "jeden Monat": a rate
    ("Nordkorea liefert Öl. Seit dem Frühjahr rollten jede Woche rund 30 Kesselwagen aus Russland nach Nordkorea.", []),
])
def test_session_44_clinics_and_weekly_rates(text, expected):
    assert _kinds(text, "2025-11") == expected


def test_session_44_an_agency_citing_the_service_means_its_own_countrys():
    text = ("Nach Angaben des ukrainischen Militärgeheimdienstes HUR hat Nordkorea Russland drei Millionen Granaten "
            "geliefert.\n\nDie Nachrichtenagentur Yonhap berichtete am Montag unter Berufung auf den Geheimdienst, "
            "Nordkorea habe zudem rund 100 ballistische Raketen an Russland übergeben.")
    assert _who(text, "2025-06") == [(3000000, "ukr-government", "asserted"), (100, "kor-nis", "asserted")]


@pytest.mark.parametrize("text, expected", [
    # wounded soldiers not named Russian are casualties, whatever happened to them after
    ("Nordkorea schickte Soldaten. Nach Angaben des NIS seien rund 2.000 verwundete Soldaten per Flugzeug nach "
     "Nordkorea zurückgebracht worden.", [("Casualty", 2000, "wounded")]),
    # (wounded Russians treated in North Korea are a service delivered)
    ("In nordkoreanischen Kliniken werden nach Angaben des NIS etwa 300 verwundete russische Soldaten behandelt.",
     [("Delivery", 300, None)]),
    # an age after the count: "einer von ihnen 20, der andere 26 Jahre alt"
    ("Nordkorea schickte Soldaten. Die Ukraine nahm zwei verwundete Soldaten gefangen, einer von ihnen 20, der andere 26 "
     "Jahre alt.", [("Casualty", 2, "captured")]),
])
def test_session_44_wounded_soldiers_sent_home_and_ages(text, expected):
    assert _kinds(text, "2025-11") == expected


@pytest.mark.parametrize("text, expected", [
    ("Das ISW geht davon aus, dass in den kommenden Wochen eine neue Rotation von bis zu 5.000 nordkoreanischen "
     "Soldaten bevorsteht.", [(5000, "usa-isw", "expected")]),
    ("Laut NIS sei eine weitere Rotation von 4.000 nordkoreanischen Soldaten für den Sommer zu erwarten.",
     [(4000, "kor-nis", "expected")]),
    ("Laut NIS sollten etwa 2.500 nordkoreanische Soldaten in den kommenden Wochen in die Heimat zurückkehren.",
     [(2500, "kor-nis", "expected")]),
    ("Sluzki nannte die Berichte über 500 nordkoreanische Drohnenpiloten „Hirngespinste des Kiewer Regimes“.",
     [(500, "rus-duma-foreign-affairs", "denied")]),
])
def test_session_44_rotations_ahead_and_figments(text, expected):
    assert _who(text, "2026-03") == expected


def test_session_44_plain_language_news():
    # the middle dot and hyphens of plain-language German; a speaker's colon at a line's end
    text = ("Soldaten aus Nord·korea im Krieg\n\nNord-Korea hilft Russland.\nDer Geheim-Dienst von Süd-Korea sagt:\n"
            "Nord-Korea hat ungefähr fünfzehn-tausend Soldaten nach Russland geschickt.\n\n"
            "Der Geheim·dienst sagt: Ungefähr sechs-hundert Soldaten aus Nord·korea sind tot.")
    rows = [(type(r).__name__, r.quantity, r.claimant_id) for r in _numeric(text, "2025-05")]
    assert rows == [("Deployment", 15000, "kor-nis"), ("Casualty", 600, "kor-nis")], rows
    for r in _numeric(text, "2025-05"):
        assert text[r.quote_start:r.quote_end] == r.quote


def test_session_44_readers_comments_under_an_article_are_no_claims():
    article = "Nordkorea hat nach Angaben des NIS rund 14.000 Soldaten nach Russland geschickt.\n\n"
    comments = ("Kommentare (57)\n\nHanseat_62 · vor 3 Stunden: Die 4.000 Verluste glaubt keiner, das sind locker "
                "10.000 Tote.\n\nMiri_B · vor 2 Stunden: Kiew hat neulich von 300 toten Nordkoreanern gesprochen.")
    assert _who(article + comments, "2025-02") == [(14000, "kor-nis", "asserted")]


def test_session_45_a_transcript_with_speaker_labels_in_capitals():
    # "RYDER:", "MÜLLER (BMVG):": a label in capitals is the speaker the text names in small letters elsewhere
    text = ("Pentagon-Briefing im Wortlaut\n\nEs sprach Pentagon-Sprecher Pat Ryder.\n\n"
            "RYDER: Nach unserer Einschätzung befinden sich weiterhin rund 11.000 nordkoreanische Soldaten in Russland.\n\n"
            "FRAGE: Und die Waffen?\n\n"
            "RYDER: Wir gehen davon aus, dass Pjöngjang Moskau rund 100 Mehrfachraketenwerfer übergeben hat.\n\n"
            "FRAGE: An das Verteidigungsministerium in Berlin?\n\n"
            "SPRECHER BMVG: Wir gehen davon aus, dass Nordkorea etwa 14.000 Soldaten nach Russland geschickt hat.\n\n"
            "SPRECHERIN AA: Nach unseren Erkenntnissen hat Nordkorea mehr als 100 ballistische Raketen an Russland "
            "geliefert.")
    assert _who(text, "2024-12") == [(11000, "usa-dod", "asserted"), (100, "usa-dod", "asserted"),
                                     (14000, "deu-government", "asserted"), (100, "deu-foreign-office", "asserted")]
    for r in _numeric(text, "2024-12"):
        assert text[r.quote_start:r.quote_end] == r.quote


@pytest.mark.parametrize("text, expected", [
    # a newspaper's name in quotation marks, with its article, and the "Bild" in quotation marks
    ("Laut der Exilzeitung «The Moscow Times» sollen 2025 über 10 000 nordkoreanische Arbeiter nach Russland "
     "eingereist sein.", [(10000, "rus-moscow-times", "asserted")]),
    ("Nach Recherchen der «Bild» hat Pjöngjang über 100 weitere ballistische Raketen an Moskau geliefert.",
     [(100, "deu-bild", "asserted")]),
])
def test_session_45_outlets_in_quotation_marks(text, expected):
    assert _who(text, "2026-01") == expected


@pytest.mark.parametrize("text, expected", [
    ("Es heißt, Kim Jong Un habe Moskau für das Frühjahr weitere 5.000 Mann in Aussicht gestellt.",
     [(5000, "xxx-unattributed", "expected")]),
    ("Es gibt Berichte, wonach Pjöngjang die Entsendung von bis zu 30.000 weiteren Soldaten vorbereitet.",
     [(30000, "xxx-unattributed", "expected")]),
    ("Präsident Selenskyj sagte, die ersten 5.000 Nordkoreaner würden in den kommenden Tagen an die Front geschickt.",
     [(5000, "ukr-president", "expected")]),
    ("Laut «Kommersant» sollen bis Ende 2026 weitere 3000 nordkoreanische Bauarbeiter in die Region kommen.",
     [(3000, "rus-kommersant", "expected")]),
    # denials: a report dismissed ("als Falschmeldung abgetan"), no sign of the figure ("keine Hinweise auf")
    ("Kremlsprecher Dmitri Peskow hatte Berichte über 10’000 nordkoreanische Soldaten als «Falschmeldung» abgetan.",
     [(10000, "rus-kremlin", "denied")]),
    ("Der Militärgeheimdienst HUR teilte mit, ihm lägen keine Hinweise auf 5.000 nordkoreanische Soldaten im Gebiet "
     "Saporischschja vor.", [(5000, "ukr-government", "denied")]),
])
def test_session_45_promises_preparations_and_dismissals(text, expected):
    assert _who(text, "2026-01") == expected


@pytest.mark.parametrize("text, expected", [
    # a count in quotation marks with its casualty words after them
    ("Präsident Selenskyj sprach von «mehr als 3000» getöteten und verwundeten Nordkoreanern.",
     [("Casualty", 3000, "killed_or_wounded")]),
    # soldiers counted in Russia, in an article about North Korea's, several sentences after it was named
    ("Nordkorea schickt Soldaten. Das gilt als sicher. Die Zahl wächst. Das sagen alle. Das Weiße Haus hat vergangene "
     "Woche von 3.000 Soldaten in Ostrussland gesprochen.", [("Deployment", 3000, None)]),
    # jets given away ("abgeben"), and income an institute arrives at
    ("Ein Analyst sagte, Moskau könnte bis zu zwölf ausgemusterte MiG-29 oder Su-27 an Nordkorea abgeben.",
     [("Delivery", 12, None)]),
    # a daily rate at a sentence's start; drones and missiles most of which were shot down: an attack, no delivery
    ("„Jeden Tag 100 Waggons voller Granaten aus Nordkorea für Putin“, heißt es in dem Beitrag.", []),
    ("Russland habe eine Million Barrel Erdölprodukte an Nordkorea geliefert. Die ukrainische Luftwaffe meldete 769 "
     "Drohnen und 94 Raketen, die meisten seien abgefangen worden.", [("Delivery", 1000000, None)]),
])
def test_session_45_quoted_counts_rates_and_attacks(text, expected):
    assert _kinds(text, "2025-08") == expected


def test_session_45_an_institute_arrives_at_a_range():
    rows = _numeric("Das Asan Institute for Policy Studies kommt auf Einnahmen zwischen fünf und sieben Milliarden "
                    "Dollar aus dem Verkauf von Granaten an Russland durch Nordkorea.", "2025-09")
    assert [(r.quantity, r.quantity_max, r.claimant_id) for r in rows] == [(5000000000, 7000000000, "kor-asan")]


@pytest.mark.parametrize("text, expected", [
    # what "hieß es" reports after the place or outlet that opens the clause is theirs
    ("In der Washington Post hieß es, Nordkorea könnte bis zu 100.000 Mann schicken.", [(100000, "usa-wapo", "possible")]),
    ("In Seoul hieß es, Nordkorea könnte bis zu 100.000 Mann schicken.", [(100000, "kor-government", "possible")]),
    ("Aus dem Pentagon hieß es dagegen, rund 1.000 Nordkoreaner seien getötet worden.", [(1000, "usa-dod", "asserted")]),
    # a place of the war is no source
    ("Nordkorea schickte Soldaten. In Kursk hieß es, 3.000 Nordkoreaner seien gefallen.",
     [(3000, "xxx-unattributed", "asserted")]),
])
def test_session_45_said_in_a_place_or_outlet(text, expected):
    assert _who(text, "2025-01") == expected


def test_session_45_a_post_embedded_under_its_accounts_name():
    # a post quoted after a colon, under its account's name and time: the body named before the colon posted it
    text = ("Kiews Geheimdienst beziffert nordkoreanische Raketen\n\n"
            "Wenige Stunden später legte der Militärgeheimdienst HUR nach. Sein Beitrag, hier in deutscher Übersetzung:\n\n"
            "Головне управління розвідки МО України\n24.03.2025 · 10:15\n\n"
            "Nach Erkenntnissen der Aufklärung hat die DVRK dem Aggressor bislang rund 150 ballistische Raketen übergeben. "
            "Bis zum Jahresende könnte Pjöngjang weitere 100 Raketen liefern.\n\n"
            "Auch 20 Haubitzen hat Nordkorea inzwischen an Russland geliefert.")
    assert _who(text, "2025-03") == [(150, "ukr-government", "asserted"), (100, "ukr-government", "possible"),
                                     (20, "xxx-unattributed", "asserted")]


@pytest.mark.parametrize("text, expected", [
    # "Darin heißt es" (and "heißt es darin"): the report named last, past a quotation of someone without an id
    ("Es ist der erste Bericht des Multilateralen Sanktionsüberwachungsteams (MSMT). „Das ist das Genaueste, was wir "
     "haben“, sagt die Abgeordnete. Die Zahlen sind drastisch. Darin heißt es, Nordkorea habe Russland mindestens neun "
     "Millionen Schuss Munition geliefert.", [(9000000, "int-msmt", "asserted")]),
    # "wie X am 11. Januar mitteilte": past the date's dot
    ("Zwei nordkoreanische Soldaten sind in ukrainischer Gefangenschaft, wie Selenskyj am 11. Januar mitteilte.",
     [(2, "ukr-president", "asserted")]),
])
def test_session_45_reports_pointed_at_and_dated_sources(text, expected):
    assert _who(text, "2025-06") == expected


@pytest.mark.parametrize("text, expected", [
    # machine translation: hundreds after "tausend" in digits
    ("Nach Angaben des NIS wurden ungefähr 300 nordkoreanische Soldaten getötet und ungefähr 2 tausend 700 verwundet.",
     [("Casualty", 300, "killed"), ("Casualty", 2700, "wounded")]),
    ("Laut NIS kämpfen ungefähr 1 Tausend 500 nordkoreanische Soldaten in Kursk.", [("Deployment", 1500, None)]),
    # North Korea's army named after the verb: its own size, no deployment; Russia's troops there: a deployment
    ("Nach Schätzungen verfügt die Armee der DVRK über etwa 200 tausend Spezialkräfte.", []),
    ("Inzwischen verfügen die russischen Truppen in Kursk über rund 11.000 nordkoreanische Soldaten, sagt der NIS.",
     [("Deployment", 11000, None)]),
])
def test_session_45_machine_translated_numbers_and_armies(text, expected):
    assert _kinds(text, "2025-06") == expected


@pytest.mark.parametrize("text, expected", [
    ("Das Portal Daily NK berichtete, im April seien rund 2.000 Arbeiterinnen aus Nordkorea für Textilfabriken nach "
     "Russland gebracht worden.", [("Deployment", 2000, None)]),
    ("Am Bahnhof von Pjöngjang wurden 450 Fachleute aus der DVRK verabschiedet, die in Primorje arbeiten werden.",
     [("Deployment", 450, None)]),
    ("Kim Jong Un verlieh den Titel ‚Held der DVRK‘ an 101 Kämpfer, die in Kursk ihr Leben hingaben, meldete KCNA.",
     [("Casualty", 101, "killed")]),
])
def test_session_45_women_workers_specialists_and_lives_given(text, expected):
    assert _kinds(text, "2025-06") == expected


@pytest.mark.parametrize("text, expected", [
    # history: decades in words, the Korean War, other nations' soldiers of the time
    ("Nordkorea schickt Soldaten nach Russland. In den Achtzigerjahren lieferte Nordkorea mehr als 200 Scud-Raketen nach "
     "Damaskus.", []),
    ("Nordkorea schickt Soldaten nach Russland. Im Koreakrieg von 1950 bis 1953 verlor die nordkoreanische Volksarmee "
     "rund 215.000 Soldaten.", []),
    ("Nordkorea schickt Soldaten nach Russland. Damals dienten bis zu 26.000 sowjetische Militärangehörige auf der "
     "Halbinsel.", []),
    # things made, not delivered; made and delivered
    ("Nordkorea produziert nach Schätzungen jährlich rund zwei Millionen Granaten.", []),
    ("Russland selbst stellt nach Schätzungen der NATO jährlich etwa drei Millionen Granaten her.", []),
    ("Nordkorea hat nach Angaben des NIS rund fünf Millionen Granaten hergestellt und an Russland geliefert.",
     [("Delivery", 5000000, None)]),
])
def test_session_45_history_and_production(text, expected):
    assert _kinds(text, "2025-06") == expected


@pytest.mark.parametrize("text, expected", [
    # an adverb before the participle between a count and its noun
    ("Nordkorea schickte Soldaten. Von den rund 11.000 ursprünglich entsandten Soldaten seien laut NIS inzwischen mehr "
     "als 6000 getötet oder verwundet worden.", [(11000, "kor-nis", "asserted"), (6000, "kor-nis", "asserted")]),
    # "Davor warnte ...": the source of the sentence before
    ("Nordkorea könnte im kommenden Jahr bis zu 30.000 weitere Soldaten nach Russland schicken. Davor warnte der "
     "Vizechef des ukrainischen Militärgeheimdienstes HUR, Wadym Skibizkyj.", [(30000, "ukr-government", "possible")]),
])
def test_session_45_adverbs_before_participles_and_warnings_after(text, expected):
    assert _who(text, "2025-08") == expected


@pytest.mark.parametrize("text, expected", [
    # enemies "neutralisiert" in a brigade's jargon are losses
    ("Die Brigade meldete, sie habe in zwei Tagen 77 Nordkoreaner „neutralisiert“.", [("Casualty", 77, "killed_or_wounded")]),
    # a battalion's size, an army's own guns, and a question that states nothing
    ("Nordkorea schickte Soldaten. Sie seien in Bataillone zu je etwa 500 Mann gegliedert, sagte der HUR.", []),
    ("Nordkorea selbst unterhält nach südkoreanischen Schätzungen rund 6.000 Artilleriegeschütze.", []),
    ("Das Land verfügt nach Schätzungen über rund 200.000 Angehörige von Spezialkräften.", []),
    ("4. Will Nordkorea bis zu 100.000 Soldaten nach Russland schicken?", []),
    ("Hat Nordkorea Russland zehn Millionen Granaten geliefert? Das sagte zumindest ein Blogger.", []),
])
def test_session_45_jargon_unit_sizes_and_questions(text, expected):
    assert _kinds(text, "2025-02") == expected


@pytest.mark.parametrize("text, expected", [
    ("Der Rat der Europäischen Union begründete die Listung: Nordkorea habe rund 11.000 Soldaten nach Russland "
     "entsandt, teilte der Rat mit.", [(11000, "int-eu-council", "asserted")]),
    ("Nach Angaben der NKDB sind mindestens 300 nordkoreanische Soldaten in Kursk gefallen.", [(300, "kor-nkdb", "asserted")]),
    ("Das Kiel Institut für Weltwirtschaft schätzt, dass Moskau rund drei Milliarden Dollar an Pjöngjang gezahlt hat.",
     [(3000000000, "deu-ifw", "asserted")]),
])
def test_session_45_sources_given_actor_ids(text, expected):
    assert _who(text, "2025-07") == expected


def test_session_45_a_longer_attribute_between_two_planned_counts():
    # the verb at the end is both counts', past an attribute with genitives
    text = ("Die DVRK wird 1.000 Pioniere zur Entminung des Territoriums der Region Kursk sowie 5.000 "
            "Militärbauarbeiter für den Wiederaufbau entsenden, sagte Schoigu.")
    assert _who(text, "2025-06") == [(1000, "rus-security-council", "expected"), (5000, "rus-security-council", "expected")]


@pytest.mark.parametrize("text, expected", [
    # what Russia gives: systems pointed back at after air defence was named, engines, jets "überführt"
    ("Weniger umstritten ist die Lieferung des Systems Panzir. Nach Erkenntnissen des südkoreanischen "
     "Verteidigungsministeriums hat Russland Nordkorea bisher mindestens vier dieser Systeme übergeben.",
     [("Delivery", 4, "kor-mnd")]),
    ("Nordkorea hat Russland 100 Raketen geliefert. Bislang wurden mindestens vier dieser Systeme eingesetzt.",
     [("Delivery", 100, "xxx-unattributed")]),
    ("Nach Berechnungen des RUSI hat Russland Nordkorea rund 2.000 Drohnenmotoren geliefert.",
     [("Delivery", 2000, "gbr-rusi")]),
    ("Russische Militärblogger hatten behauptet, 18 Maschinen vom Typ MiG-29 seien bereits nach Pjöngjang überführt "
     "worden.", [("Delivery", 18, "rus-milbloggers")]),
    ("Präsident Wolodymyr Selenskyy sprach von 3.000 getöteten Nordkoreanern.", [("Casualty", 3000, "ukr-president")]),
])
def test_session_45_what_russia_gives_back(text, expected):
    assert [(type(r).__name__, r.quantity, r.claimant_id) for r in _numeric(text, "2025-10")] == expected


@pytest.mark.parametrize("text, expected", [
    # a country's expectation reported in the subjunctive is the speaker's claim about it; the count awaited is expected
    ("Budanow sagte am Montag, Moskau erwarte bis zum Sommer weitere 30.000 nordkoreanische Soldaten.",
     [(30000, "ukr-government", "expected")]),
    # (a country with a verb of saying of its own, in the indicative, stays a speaker of its own)
    ("Selenskyj sagte, dass Nordkorea bisher 3.000 Soldaten geschickt habe, Seoul gab die Zahl 1.100 an.",
     [(3000, "ukr-president", "asserted"), (1100, "kor-government", "asserted")]),
    # ("wie erwartet" is no expectation)
    ("Wie erwartet wurden weitere 3.000 nordkoreanische Soldaten nach Kursk verlegt, sagte Budanow.",
     [(3000, "ukr-government", "asserted")]),
])
def test_session_46_a_countrys_expectation_in_reported_speech(text, expected):
    assert _who(text, "2025-03") == expected


@pytest.mark.parametrize("text, expected", [
    # the enemy's losses as a side's communiqué counts them: not North Korea's
    ("Nordkoreanische Soldaten kämpfen an der Seite russischer Truppen im Gebiet Kursk. Das russische "
     "Verteidigungsministerium teilte mit, der Gegner habe in der vergangenen Woche 9.875 Soldaten verloren.", []),
    ("Nordkoreanische Truppen kämpfen in Kursk. Der Feind verlor dort nach Angaben des Kremls 450 Mann.", []),
    # (a side's losses named North Korean are)
    ("Nach Angaben Kiews hat die russische Seite im Gebiet Kursk allein am Montag 150 nordkoreanische Soldaten "
     "verloren.", [("Casualty", 150, "killed_or_wounded")]),
])
def test_session_46_the_enemys_losses(text, expected):
    assert _kinds(text, "2025-03") == expected


def test_session_46_reference_works():
    # footnote markers are no counts and end no quote; a table's row names its source between dashes; shortened
    # adjectives end no sentence
    text = ("Verluste der nordkoreanischen Streitkräfte\n\nDie wichtigsten Schätzungen:\n\n"
            "Februar 2025 – NIS – rund 4.000 Tote und Verwundete[5]\n"
            "März 2025 – ukrainischer Militärgeheimdienst HUR – etwa 6.000 Tote und Verwundete, davon rund 1.500 Tote[6]\n\n"
            "Der NIS bezifferte die nordkorean. Verluste im April auf rd. 4.700.[7][8] Kiew nannte 12.000 Soldaten¹.")
    records = _numeric(text, "2025-10")
    assert [(r.quantity, r.claimant_id, r.quote) for r in records] == [
        (4000, "kor-nis", "rund 4.000 Tote und Verwundete"),
        (6000, "ukr-government", "etwa 6.000 Tote und Verwundete"),
        (1500, "ukr-government", "davon rund 1.500 Tote"),
        (4700, "kor-nis", "Der NIS bezifferte die nordkorean. Verluste im April auf rd. 4.700"),
        (12000, "ukr-government", "Kiew nannte 12.000 Soldaten"),
    ]


@pytest.mark.parametrize("text", [
    # a condition opening with its verb supposes a count, claims none
    "Nordkorea hat Soldaten geschickt. Sollte Pjöngjang tatsächlich noch einmal 30.000 Mann schicken, muss Europa "
    "reagieren.",
    "Nordkorea hat Soldaten geschickt. Würde Kim Jong Un morgen noch einmal 50.000 Mann schicken, wären wir darauf "
    "nicht vorbereitet.",
    # an army's target size, a parade's marchers
    "Nordkorea hat Soldaten nach Russland geschickt. Zweitens wird die Bundeswehr ihre Zielgröße von 260.000 Soldaten "
    "nicht erreichen.",
    "Nordkorea hat Soldaten nach Russland geschickt. Am 10. Oktober feierte Pjöngjang den 80. Jahrestag der "
    "Arbeiterpartei mit einer Militärparade, an der nach Schätzung unseres Militärs rund 13.000 Soldaten teilnahmen.",
])
def test_session_46_counts_supposed_or_of_armies_at_home(text):
    assert _numeric(text, "2025-10") == []


@pytest.mark.parametrize("text, expected", [
    # a lawmaker's own reckoning against the briefing's is the lawmaker's
    ("Seoul – Der Geheimdienst NIS unterrichtete die Abgeordneten über die nordkoreanischen Soldaten in Russland. "
     "Baek selbst hält die Angaben des Ministeriums für zu niedrig. Der Abgeordnete Baek Seung-ho sagte, nach seiner "
     "Rechnung seien es eher 14.000 nordkoreanische Soldaten.", [(14000, "kor-lawmakers", "asserted")]),
    # an agency citing "den Generalstab": its own country's
    ("Seoul – Die Ukraine habe Material übergeben, sagte der Abgeordnete. Die Nachrichtenagentur Yonhap berichtete "
     "unter Berufung auf den Generalstab, unter den Neuankömmlingen seien rund 1.000 nordkoreanische Soldaten.",
     [(1000, "kor-military", "asserted")]),
])
def test_session_46_lawmakers_and_the_general_staff(text, expected):
    assert _who(text, "2025-02") == expected


def test_session_46_a_signed_piece_speaks_for_its_author():
    text = ("Was Kim Jong Un in Kursk gewonnen hat\n\nEin Gastbeitrag.\n\nVon Han Ji-won\n\n"
            "Nordkoreanische Soldaten haben in Kursk gekämpft. Nach unserer Zählung hat Moskau bislang rund 500 Millionen "
            "Dollar an Pjöngjang gezahlt. Das Pentagon geht von 11.000 nordkoreanischen Soldaten aus. "
            "Kim Jong Un ist ein Machthaber, der 3.000 Soldaten opfert.\n\n"
            "Han Ji-won ist Senior Research Fellow am Korea Institute for National Unification (KINU) in Seoul.")
    assert _who(text, "2025-05") == [(500000000, "kor-kinu", "asserted"), (11000, "usa-dod", "asserted"),
                                     (3000, "xxx-unattributed", "asserted")]
    # (a letter's signature names its author too; a former role speaks for no one)
    letter = ("Sehr geehrte Abgeordnete,\n\nunsere Verteidiger haben mehr als 3.000 nordkoreanische Soldaten getötet "
              "oder verwundet.\n\nMit hochachtungsvollen Grüßen\n\nAndrij Kowalenko\nBotschafter der Ukraine")
    assert _who(letter, "2024-12") == [(3000, "ukr-government", "asserted")]
    former = letter.replace("Mit hochachtungsvollen Grüßen\n\nAndrij Kowalenko\nBotschafter der Ukraine",
                            "Der Autor war Botschafter der Ukraine in Berlin.")
    assert _who(former, "2024-12") == [(3000, "xxx-unattributed", "asserted")]


def test_session_46_transcripts_and_interviews():
    # a guest line names whom the guest speaks for; a spoken decimal is one number
    text = ("Interview der Woche. Das Gespräch führte Lukas Hartmann. Gast: Dr. Niklas Brenner, Stiftung Wissenschaft "
            "und Politik (SWP).\n\nHartmann: Herr Brenner, wie viele Soldaten hat Nordkorea geschickt?\n\n"
            "Brenner: Gesichert ist die erste Welle im Herbst mit rund 11.000 nordkoreanischen Soldaten. Dazu kommen "
            "zwei Komma acht Millionen Artilleriegranaten.")
    assert _who(text, "2025-05") == [(11000, "deu-swp", "asserted"), (2800000, "deu-swp", "asserted")]
    # an interviewee introduced by the body she works at, past her department
    text = ("Olena Hryzenko leitet seit 2023 die Abteilung für Kriegsverbrechen bei der ukrainischen "
            "Generalstaatsanwaltschaft.\n\nWie viele Soldaten waren es?\n\nHryzenko: Nach unseren Erkenntnissen waren "
            "etwa 12.000 nordkoreanische Soldaten dort im Einsatz.")
    assert _who(text, "2025-05") == [(12000, "ukr-government", "asserted")]


def test_session_46_another_countrys_army():
    text = "Nordkorea schickt Soldaten nach Russland. Die japanischen Selbstverteidigungsstreitkräfte zählen rund 247.000 Soldaten."
    assert _numeric(text, "2025-09") == []


@pytest.mark.parametrize("text, expected", [
    # courts, prosecutors and UN rapporteurs named before, then by their role word alone
    ("Ein ukrainisches Gericht hat einen russischen General verurteilt. Laut Urteil wurden bei diesen Angriffen "
     "mindestens 120 nordkoreanische Soldaten getötet.", [(120, "ukr-government", "asserted")]),
    ("Ein Gericht in Kiew hat den General verurteilt. Die Kammer sah es als erwiesen an, dass er den Einsatz von rund "
     "2.500 nordkoreanischen Soldaten befehligt hatte.", [(2500, "ukr-government", "asserted")]),
    ("Der UN-Sonderberichterstatter für die Menschenrechtslage in Nordkorea hat einen Bericht vorgelegt. Der "
     "Sonderberichterstatter schätzt, dass rund 14.000 nordkoreanische Soldaten in Russland gedient haben.",
     [(14000, "int-un", "asserted")]),
    # "war ... auf N gekommen": what a body's own count came to
    ("Nordkorea liefert Granaten an Russland. Das Londoner Royal United Services Institute (RUSI) war in einer eigenen "
     "Auswertung schon im vergangenen Jahr auf mehr als 2.000 Waggons gekommen.", [(2000, "gbr-rusi", "asserted")]),
])
def test_session_46_courts_rapporteurs_and_counts_come_to(text, expected):
    assert _who(text, "2025-06") == expected


@pytest.mark.parametrize("text, expected", [
    # a report named with what it is about and called false: denied; Russia's ambassador elsewhere than Seoul speaks
    # for Russia
    ("Russlands Botschafter in Tokio, Nikolai Nosdrew, wies die japanischen Angaben zurück. Berichte über 10.000 "
     "nordkoreanische Soldaten seien „Spekulationen“, die allein der westlichen Propaganda dienten, sagte er.",
     [(10000, "rus-government", "denied")]),
    ("Der russische Botschafter in der Republik Korea sagte, Berichte über 50.000 nordkoreanische Arbeiter seien "
     "„reine Fantasie“.", [(50000, "rus-embassy-seoul", "denied")]),
])
def test_session_46_reports_called_false(text, expected):
    assert _who(text, "2024-11") == expected


@pytest.mark.parametrize("text, expected", [
    # air-defence systems named by type; a system's guns are no delivery
    ("Russland hat Nordkorea moderne Flugabwehrsysteme überlassen. Laut Asahi wurden seit November mindestens vier "
     "Systeme vom Typ Panzir-S1 in die Umgebung von Pjöngjang verlegt. Die Systeme kombinieren Boden-Luft-Raketen und "
     "zwei Maschinenkanonen des Kalibers 30 Millimeter.", [("Delivery", 4, "jpn-asahi")]),
    # the North's own missile launches are no delivery; Russia firing its missiles implies one
    ("Russland setzt nordkoreanische Raketen ein. Das Weißbuch hält fest, dass Nordkorea im vergangenen Jahr mindestens "
     "19 ballistische Raketen abgefeuert habe.", []),
    ("Nach Angaben Kiews hat die russische Armee mehr als 60 nordkoreanische Raketen vom Typ KN-23 auf ukrainische "
     "Städte abgefeuert.", [("Delivery", 60, "ukr-government")]),
])
def test_session_46_systems_by_type_and_launches(text, expected):
    assert [(type(r).__name__, r.quantity, r.claimant_id) for r in _numeric(text, "2025-04")] == expected


@pytest.mark.parametrize("text, expected", [
    # number words built of parts, as scripts and transcripts spell numbers out
    ("Nordkoreanische Soldaten kämpfen. Der südkoreanische Geheimdienst hatte im Frühjahr rund viertausendsiebenhundert "
     "Tote und Verwundete genannt.", [(4700, "kor-nis", "asserted")]),
    ("Nordkorea hat laut NIS hundertfünfzig Raketen und zweitausendfünfhundertdreißig Soldaten geschickt.",
     [(150, "kor-nis", "asserted"), (2530, "kor-nis", "asserted")]),
    # a country named by its people, as spoken German does
    ("Nordkoreanische Soldaten kämpfen. Die Ukrainer sagen sechstausend Tote und Verwundete.",
     [(6000, "ukr-government", "asserted")]),
    ("Nordkoreanische Soldaten kämpfen. Laut den Amis sind es 12.000 nordkoreanische Soldaten.",
     [(12000, "usa-government", "asserted")]),
    # the speaker's own institution
    ("Nordkorea hat Russland Raketen geliefert. Bei uns am RUSI kommen wir auf knapp 250 ballistische Raketen vom Typ "
     "KN-23, die Nordkorea geliefert hat.", [(250, "gbr-rusi", "asserted")]),
])
def test_session_46_spoken_german(text, expected):
    assert _who(text, "2025-12") == expected


def test_session_46_an_interviewee_speaks_for_the_body_of_the_box():
    text = ("Interview mit dem Rüstungsexperten Han Seung-min\n\nÜbersetzung aus dem Koreanischen, gekürzt. Han "
            "Seung-min, Jahrgang 1976, leitet am Korea Institute for Defense Analyses (KIDA) in Seoul die Abteilung für "
            "Nordkorea-Studien.\n\nFrage: Wie viel Munition hat Nordkorea geliefert?\n\nHan: Genau weiß das niemand. Die "
            "Ukrainer sprechen von sechs Millionen Granaten. Unsere Schätzung liegt zwischen 4,2 und 5,8 Millionen "
            "Artilleriegranaten.")
    assert _who(text, "2025-03") == [(6000000, "ukr-government", "asserted"), (4200000, "kor-kida", "asserted")]


@pytest.mark.parametrize("text, expected", [
    # Russia's regions other than Kursk: their governors, governments and ministries
    ("Nordkorea schickt Arbeiter. Nach Angaben des Arbeitsministeriums der Region Primorje sind dort derzeit 2.700 "
     "nordkoreanische Bauarbeiter registriert.", [(2700, "rus-regions", "asserted")]),
    ("Nordkorea schickt Arbeiter nach Russland. Nach Angaben von Gouverneur Wassili Orlow sind es in diesem Jahr 1.100 "
     "nordkoreanische Arbeiter.", [(1100, "rus-regions", "asserted")]),
])
def test_session_46_russian_regions(text, expected):
    assert _who(text, "2025-01") == expected


@pytest.mark.parametrize("text, expected", [
    # an interviewee addressed by the interviewer ("Herr Aalto, ...") speaks for the body of the box
    ("Henrik Aalto leitet im NATO-Hauptquartier die Abteilung für Nachrichtenwesen.\n\nHerr Aalto, wie viele "
     "nordkoreanische Soldaten stehen in Russland?\n\nWir gehen von 11.000 Mann aus, die nach Russland gekommen sind.",
     [(11000, "int-nato", "asserted")]),
    # smaller countries by their adjective before what they know, and their foreign ministers
    ("Nordkorea schickt Soldaten. Bis zu 5.000 weitere Soldaten sollten nach litauischen Erkenntnissen im Frühjahr nach "
     "Russland verlegt werden.", [(5000, "ltu-government", "expected")]),
    ("Nordkorea schickt Soldaten. Der estnische Außenminister sagte, nach Erkenntnissen seiner Regierung sollten bis "
     "Ende Januar weitere 5.000 nordkoreanische Soldaten an die Front gebracht werden.", [(5000, "est-government", "expected")]),
    # (the adjective of what a verb's subject denies is no speaker)
    ("Nordkorea schickt Soldaten. Russlands Botschafter in Tokio wies die japanischen Angaben zurück. Berichte über "
     "10.000 nordkoreanische Soldaten seien „Spekulationen“, sagte er.", [(10000, "rus-government", "denied")]),
])
def test_session_46_interviews_and_smaller_countries(text, expected):
    assert _who(text, "2025-01") == expected


def test_session_46_a_short_reply_keeps_the_topic():
    # "Budanow: Ja." between a question and the answer's figures is no statement that moves the topic on
    text = ("Budanow: Im Gebiet Kursk stehen nach unseren Erkenntnissen etwa 11.000 Nordkoreaner. Ein Teil ist abgelöst "
            "worden.\n\nFrage: Was heißt das?\n\nBudanow: Ja. Wir zählen bis Ende Februar rund 4.000 Getötete und "
            "Verwundete.")
    assert _kinds(text, "2025-03") == [("Deployment", 11000, None), ("Casualty", 4000, "killed_or_wounded")]


@pytest.mark.parametrize("text", [
    "Nordkorea hat Soldaten geschickt. In einem Regiment sind oft 1.000 bis 3.000 Soldaten.",
    "Nordkorea hat Soldaten geschickt. Der Verein mit seinen 43 Mitgliedern lud zum Vortrag.",
])
def test_session_46_a_units_size_and_a_clubs_members(text):
    assert _numeric(text, "2025-03") == []


def test_session_46_entry_statistics_far_from_the_verb():
    text = ("Nordkorea schickt Arbeiter. Nach Daten des Statistikamts Rosstat reisten im vergangenen Jahr 19.862 Bürger "
            "der Koreanischen Volksdemokratischen Republik ins Land ein.")
    assert _who(text, "2025-03") == [(19862, "rus-rosstat", "asserted")]


def test_session_46_a_year_is_no_partitive_whole():
    # "im Dezember 2024 von über 1.000 toten ... Nordkoreanern": the year is no whole the 1.000 are part of
    text = "Nordkoreanische Soldaten kämpfen. Kirby hatte im Dezember 2024 von über 1.000 toten und verwundeten Nordkoreanern gesprochen."
    assert _kinds(text, "2025-03") == [("Casualty", 1000, "killed_or_wounded")]


def test_session_46_a_possessive_points_past_a_condition():
    # "seinen Worten": Selenskyj, not Kim Jong Un named inside the condition "falls ..."
    text = ("Selenskyj bot an, die beiden an Nordkorea zu übergeben, falls Kim Jong Un einen Austausch ermögliche. Nach "
            "seinen Worten sind bereits rund 3.800 Nordkoreaner getötet oder verwundet worden.")
    assert _who(text, "2025-01") == [(3800, "ukr-president", "asserted")]


@pytest.mark.parametrize("text, expected", [
    # output and capacity are no deliveries; more to follow is one
    ("Nordkorea liefert Granaten an Russland. Die jährliche Produktion wird von südkoreanischen Experten auf 1,5 bis "
     "zwei Millionen Artilleriegranaten geschätzt.", []),
    ("Nordkorea liefert Granaten an Russland. Russland selbst stelle inzwischen gut 250.000 Granaten monatlich her.", []),
    ("Nordkorea liefert Granaten an Russland. Nach Einschätzung des RUSI könnten bis zum Jahresende weitere zwei "
     "Millionen Schuss folgen, sofern die Fabriken ihre Produktion ausweiten.", [("Delivery", 2000000, "gbr-rusi")]),
    # a rate per night and a battalion's size
    ("Nordkorea liefert Granaten. Pro Nacht würden bis zu 30 Waggons abgefertigt.", []),
    ("Nordkorea schickt Soldaten. Ein Bataillon hat bei uns ungefähr 500 Mann.", []),
    # a Russian republic's administration
    ("Nordkorea schickt Arbeiter nach Tatarstan. Die Verwaltung der Republik Tatarstan wies die Angaben über 12.000 "
     "nordkoreanische Arbeiter als „Fälschung“ zurück.", [("Deployment", 12000, "rus-regions")]),
])
def test_session_46_production_rates_and_regions(text, expected):
    assert [(type(r).__name__, r.quantity, r.claimant_id) for r in _numeric(text, "2025-06")] == expected


@pytest.mark.parametrize("text, expected", [
    # a poll's sample is no deployment
    ("Nordkorea schickt Soldaten nach Russland. Befragt wurden online 5.002 Personen.", []),
    # a document an outlet analysed: the outlet's
    ("Nordkorea liefert Granaten an Russland. Der Vertrag, den der SPIEGEL ausgewertet hat, sieht die Lieferung von 2,4 "
     "Millionen Artilleriegranaten bis Ende 2025 vor.", [("Delivery", 2400000, "deu-spiegel")]),
])
def test_session_46_polls_and_documents_analysed(text, expected):
    assert [(type(r).__name__, r.quantity, r.claimant_id) for r in _numeric(text, "2025-03")] == expected


@pytest.mark.parametrize("text, expected", [
    # "die Zahl der in Russland getöteten ...": the dead, though a place stands between the article and the word
    ("Nordkorea hat Soldaten geschickt. Der NIS schätzt die Zahl der in Russland getöteten Nordkoreaner auf etwa 2.000, "
     "die der Verwundeten auf rund 4.000.", [("Casualty", 2000, "killed"), ("Casualty", 4000, "wounded")]),
])
def test_session_46_the_number_of_the_dead_in_a_place(text, expected):
    assert _kinds(text, "2025-09") == expected


def test_session_46_papers_an_outlet_analysed_with_others():
    text = ("Nordkorea liefert Granaten an Russland. Der Vertrag, den der SPIEGEL mit Partnermedien ausgewertet hat, sieht "
            "die Lieferung von 2,4 Millionen Artilleriegranaten bis Ende 2025 vor.")
    assert _who(text, "2025-03") == [(2400000, "deu-spiegel", "asserted")]


@pytest.mark.parametrize("text, expected", [
    # a round thousand in the years' range before an adjective and a unit is a count; a year stays a year
    ("Laut Yonhap wurden 2000 nordkoreanische Soldaten nach Russland geschickt.", [(2000, "kor-yonhap", "asserted")]),
    ("Nordkorea hatte im Oktober 2024 nordkoreanische Soldaten nach Russland geschickt.", []),
    # a newspaper's report after a body of its country is its own; an agency's passes the body's words on
    ("Die russische Regierung teilte mit, 3000 nordkoreanische Arbeiter seien eingetroffen. Die Zeitung Kommersant "
     "berichtete zudem, weitere 4000 Bauarbeiter sollen folgen.",
     [(3000, "rus-government", "asserted"), (4000, "rus-kommersant", "expected")]),
    ("Die russische Regierung teilte mit, 3000 nordkoreanische Arbeiter seien eingetroffen. Laut Interfax sollen "
     "weitere 4000 Bauarbeiter folgen.",
     [(3000, "rus-government", "asserted"), (4000, "rus-government", "expected")]),
    # ... and so is any outlet's sentence pointing back to the one before
    ("Budanow sagte dem Sender NHK, Nordkorea habe Russland vier Millionen Granaten geliefert. Darüber berichtet "
     "RBK-Ukrajina. Allein 2024 seien es 2,8 Millionen gewesen.",
     [(4000000, "ukr-government", "asserted"), (2800000, "ukr-government", "asserted")]),
    # who spreads a claim makes it
    ("Die Zeitung Chosun Ilbo schrieb, in Moskau seien rund 6.000 Nordkoreaner auf Baustellen tätig. Auch der "
     "ukrainische Militärgeheimdienst verbreitet seit Wochen die Behauptung, in Alabuga sollten künftig 8.000 "
     "Nordkoreaner Drohnen montieren.", [(6000, "kor-chosun", "asserted"), (8000, "ukr-government", "expected")]),
])
def test_session_47_round_thousands_and_newspapers_after_a_body(text, expected):
    assert _who(text, "2025-05") == expected


@pytest.mark.parametrize("text, expected", [
    # the participle first: "Vermisst werden ..." counts the missing
    ("Nordkoreanische Soldaten kämpfen in Kursk. Vermisst werden demnach etwa 300 weitere Soldaten.",
     [("Casualty", 300, "missing")]),
    # a word between the number and its multiplier
    ("Nordkorea könnte bis zum Jahresende zwei weitere Millionen Granaten an Russland liefern.",
     [("Delivery", 2000000, None)]),
    # the size a particular unit had is a count of those it brought; a unit's usual size is none
    ("Nordkoreanische Soldaten kämpfen in Kursk. Der NIS geht davon aus, dass das Regiment etwa 1000 Mann umfasste.",
     [("Deployment", 1000, None)]),
    ("Nordkoreanische Soldaten kämpfen in Kursk. Eine Division, die 10.000 Soldaten umfasst, bleibt in Nordkorea.", []),
    # the North's own army, with the country as the subject; not where the country is only a place
    ("Nordkorea schickt Soldaten. Nordkorea verfügt nach südkoreanischen Schätzungen über rund 200.000 Mann an "
     "Spezialkräften.", []),
    ("Nordkorea schickt Arbeiter. Das Portal Daily NK, das Informanten in Nordkorea unterhält, meldete, Pjöngjang "
     "bereite die Entsendung von 3000-4000 weiteren Arbeitskräften vor.", [("Deployment", 3000, None)]),
    # a side's own losses, by its possessive
    ("Etwa 5000 Nordkoreaner wurden getötet oder verwundet. Russlands eigene Verluste beziffert Kiew seit Kriegsbeginn "
     "auf mehr als eine Million Tote und Verwundete.", [("Casualty", 5000, "killed_or_wounded")]),
])
def test_session_47_missing_multipliers_and_sizes(text, expected):
    assert _kinds(text, "2025-12") == expected


def test_session_47_a_word_between_number_and_multiplier_is_an_increment():
    [record] = _numeric("Nordkorea könnte zwei weitere Millionen Granaten an Russland liefern.", "2025-12")
    assert (record.quantity, record.quantity_text, record.quantity_scope.value) == (
        2000000, "zwei weitere Millionen", "additional")


def test_session_47_a_press_review_in_capitals():
    # outlets named in capitals, each quotation after a colon its outlet's, to the quotation's end
    text = ("Internationale Presseschau\n\n"
            "Die NEUE ZÜRCHER ZEITUNG hält fest: „Pjöngjang ist für Moskau unverzichtbar geworden. Ohne die geschätzt "
            "zehn Millionen Artilleriegranaten aus Nordkorea hätte Russland seine Offensive kaum durchhalten können.“\n\n"
            "Die WASHINGTON POST warnt: „Wichtiger ist, was Moskau liefert. Nach unseren Recherchen hat Russland "
            "mindestens zwei Flugabwehrsysteme vom Typ Pantsir nach Pjöngjang gebracht.“\n\n"
            "Die JAPAN TIMES befürchtet: „Pjöngjang könnte schon bald bis zu 30.000 weitere Soldaten schicken.“\n\n"
            "Die russische Zeitung KOMMERSANT gibt sich zurückhaltend: „Es ist viel geredet worden. Die Behauptung, in "
            "Kursk seien 5.000 Nordkoreaner gefallen, ist frei erfunden.“")
    assert [(q, c) for q, c, _ in _who(text, "2025-09")] == [
        (10000000, "che-nzz"), (2, "usa-wapo"), (30000, "jpn-japan-times"), (5000, "rus-kommersant")]


def test_session_47_capitals_find_proper_names_only():
    from nkru_data.extract.lexicon import load_lexicon
    finder = load_lexicon().actor_finder
    found = [(text[a:b], actor.id) for text in ("Laut REUTERS und der KYIV POST", "NORDKOREA SCHICKT TRUPPEN")
             for a, b, actor in finder.finditer(text)]
    assert found == [("REUTERS", "gbr-reuters"), ("KYIV POST", "ukr-kyiv-post")]


@pytest.mark.parametrize("text, expected", [
    # goods that reached Russia, in an article that named North Korea paragraphs before
    ("Nordkorea liefert Munition. Auf den Aufnahmen seien Waggons zu erkennen.\n\nDie Brücke ist lang.\n\nDie "
     "OSC-Forscher halten es für möglich, dass bis zu fünf Millionen Artilleriegranaten nach Russland gelangt sind.",
     [(5000000, "gbr-osc", "possible")]),
    # "sollen es nach Angaben des südkoreanischen Generalstabs rund 250 sein": the guns named before
    ("Im Herbst 2024 tauchten erstmals Selbstfahrlafetten vom Typ Koksan in Russland auf. Inzwischen sollen es nach "
     "Angaben des südkoreanischen Generalstabs rund 250 sein.", [(250, "kor-military", "asserted")]),
    # a city of the North names it
    ("Die Raketen würden in einer Fabrik bei Hamhung gefertigt, sagte ein Sprecher des ukrainischen "
     "Militärgeheimdienstes. Geplant seien in diesem Jahr etwa zwei Millionen Granaten.",
     [(2000000, "ukr-government", "expected")]),
    # the figure of the period before, after a comma
    ("Nordkorea liefert Munition. Für das vergangene Jahr gehen die Forscher des KINU von rund 3,2 Millionen gelieferten "
     "Geschossen aus, nach etwa 4,5 Millionen im Jahr 2024.",
     [(3200000, "kor-kinu", "asserted"), (4500000, "kor-kinu", "asserted")]),
    # a total of container shipments; an order placed is a delivery
    ("Pjöngjang hat laut dem südkoreanischen Verteidigungsministerium seit Juni rund 3.500 weitere Container nach "
     "Russland geschickt. Die Gesamtzahl der Containerlieferungen steige damit auf mehr als 31.000.",
     [(3500, "kor-mnd", "asserted"), (31000, "kor-mnd", "asserted")]),
    ("Die Financial Times hatte berichtet, Moskau wolle bis zu 200 weitere ballistische Raketen vom Typ KN-23 in "
     "Nordkorea bestellen.", [(200, "gbr-ft", "expected")]),
    # another country's deliveries or troops; a daily rate; a rate of fire
    ("Nordkorea liefert Raketen an Russland. Auch Iran hat Russland nach Angaben der US-Regierung mehr als 200 "
     "ballistische Raketen geliefert.", []),
    ("Nordkorea schickt Soldaten. Großbritannien und Frankreich haben für eine mögliche Absicherungstruppe bis zu "
     "10.000 Soldaten zugesagt.", []),
    ("Nordkorea liefert Granaten an Russland. Jeden Tag gingen etwa 5.000 davon auf ukrainische Stellungen nieder.", []),
    ("Nordkorea liefert Haubitzen vom Typ Koksan. Die Feuerrate liegt bei gerade einmal zwei Schuss in der Minute.", []),
    # Germans of the 1950s in Hamhung
    ("In Hamhung arbeiteten ab 1955 insgesamt rund 400 DDR-Fachleute.", []),
])
def test_session_47_reach_periods_orders_and_other_countries(text, expected):
    assert _who(text, "2026-02") == expected


@pytest.mark.parametrize("text, expected", [
    # a denial of a named report: the report's author claims the number, the denier denies it
    ("Kremlsprecher Dmitri Peskow hat einen Bericht der südkoreanischen Zeitung Chosun Ilbo zurückgewiesen, wonach bis "
     "zu 25.000 nordkoreanische Arbeiter für den Wiederaufbau im Gebiet Kursk eingesetzt werden sollen.",
     [(25000, "rus-kremlin", "denied"), (25000, "kor-chosun", "expected")]),
    ("Der Kreml bestritt am Montag einen Bericht der „Washington Post“, wonach Moskau bereits drei Milliarden Dollar für "
     "Waffen und Soldaten an Pjöngjang überwiesen habe.",
     [(3000000000, "rus-kremlin", "denied"), (3000000000, "usa-wapo", "asserted")]),
    # (the denial after the report's clause is not the report's modality)
    ("Einen Bericht des Senders CNN, wonach Pjöngjang bis zu 30.000 weitere Soldaten schicken wolle, wies der Kreml als "
     "„Unsinn“ zurück.", [(30000, "rus-kremlin", "denied"), (30000, "usa-cnn", "expected")]),
    # a total of the dead named before the number, though a total of dead and wounded came just before
    ("Nach ihren Angaben sind in Kursk bereits mehr als 4.000 Nordkoreaner getötet oder verwundet worden. Der NIS hatte "
     "die Zahl der gefallenen Nordkoreaner im Februar auf etwa 300 beziffert, die der Verwundeten auf rund 2.700.",
     [(4000, "xxx-unattributed", "asserted"), (300, "kor-nis", "asserted"), (2700, "kor-nis", "asserted")]),
    # systems counted after the weapons they total; money promised or brought; help for Kiew is none of it
    ("Nordkorea liefert Waffen. Zudem seien weitere Koksan-Haubitzen und Mehrfachraketenwerfer geliefert worden, "
     "insgesamt rund 220 Systeme.", [(220, "xxx-unattributed", "asserted")]),
    ("Russland zahlt Nordkorea für Soldaten. Für dieses Jahr habe Russland weitere zwei Milliarden Dollar zugesagt.",
     [(2000000000, "xxx-unattributed", "expected")]),
    ("Russland zahlt Nordkorea für Soldaten. Seoul hat Kiew humanitäre Hilfe und Kredite über insgesamt 2,3 Milliarden "
     "Dollar zugesagt.", []),
])
def test_session_47_denied_reports_totals_and_money(text, expected):
    assert _who(text, "2025-08") == expected


def test_session_47_a_named_total_of_the_dead_after_dead_and_wounded():
    text = ("Nach ihren Angaben sind in Kursk bereits mehr als 4.000 Nordkoreaner getötet oder verwundet worden. Der NIS "
            "hatte die Zahl der gefallenen Nordkoreaner im Februar auf etwa 300 beziffert, die der Verwundeten auf rund "
            "2.700.")
    assert _kinds(text, "2025-08") == [("Casualty", 4000, "killed_or_wounded"), ("Casualty", 300, "killed"),
                                       ("Casualty", 2700, "wounded")]


@pytest.mark.parametrize("text, expected", [
    # a spokesperson in a capital speaks for its government, or for the body of it named just before
    ("Nordkorea schickt Soldaten. Das russische Verteidigungsministerium reagierte am Mittwoch. Es treffe nicht zu, dass "
     "7.000 Nordkoreaner getötet oder verwundet worden seien, erklärte ein Sprecher in Moskau.",
     [(7000, "rus-government", "denied")]),
    ("Das japanische Verteidigungsministerium äußerte sich besorgt. Nordkorea werde in den kommenden Monaten "
     "voraussichtlich rund 4.000 zusätzliche Soldaten nach Russland schicken, sagte ein Sprecher in Tokio.",
     [(4000, "jpn-mod", "expected")]),
])
def test_session_47_a_spokesperson_in_a_capital(text, expected):
    assert _who(text, "2025-08") == expected


@pytest.mark.parametrize("text, expected", [
    # a strike's victims, after "Angriffen auf" a city
    ("Nordkoreanische Soldaten kämpfen in Kursk. Bei Angriffen auf Charkiw wurden nach Behördenangaben zwei Menschen "
     "getötet und 14 verletzt.", []),
    # "es" with a time between it and the number counts what was counted before
    ("Nordkorea liefert Granaten. Derzeit kämen monatlich weniger als 500.000 Granaten an. Im vergangenen Herbst seien "
     "es im gleichen Zeitraum noch mehr als eine Million gewesen.", [("Delivery", 1000000, None)]),
    # ... also where its sentence has no verb of delivering
    ("Russland liefert Öl an Nordkorea, laut OSC eine Million Barrel. Das US-Außenministerium nannte eine noch höhere "
     "Zahl: Bis Ende Mai seien es bereits knapp 1,5 Millionen Barrel gewesen.",
     [("Delivery", 1000000, None), ("Delivery", 1500000, None)]),
    # a number spoken of; systems pointed back at in the dative; replacements
    ("Nordkorea liefert Granaten an Russland. Laut HUR waren es vier Millionen Granaten. Im Herbst hatte die Behörde "
     "noch von 3,7 Millionen gesprochen.", [("Delivery", 4000000, None), ("Delivery", 3700000, None)]),
    ("Russland hat Nordkorea Flugabwehrsysteme vom Typ Panzir geliefert. Ukrainische Stellen hatten zuvor von bis zu "
     "drei solchen Systemen gesprochen.", [("Delivery", 3, None)]),
    ("Nordkorea schickte Soldaten. Im Frühjahr kamen etwa 3.000 Ersatzkräfte hinzu.", [("Deployment", 3000, None)]),
    # two numbers of one list, hedged apart
    ("Nordkorea liefert Granaten. Rechnerisch ergebe das mindestens sechs Millionen, womöglich aber auch bis zu zwölf "
     "Millionen Granaten.", [("Delivery", 6000000, None), ("Delivery", 12000000, None)]),
    # an age after "der andere"; comrades seen dying; a unit's size at home
    ("Nordkoreanische Soldaten sind in Kursk gefangen. Einer von ihnen, 20 Jahre alt, trägt einen Verband; der andere, "
     "26, liegt im Bett.", []),
    ("Nordkoreanische Soldaten kämpfen in Kursk. Er habe „mindestens 20 Kameraden vor meinen Augen sterben sehen“.",
     [("Casualty", 20, "killed")]),
    ("Das 11. Korps kämpft in Kursk. In der Heimat umfasst dieses Korps schätzungsweise 40.000 bis 50.000 Mann.", []),
])
def test_session_47_counts_again_spoken_of_and_ages(text, expected):
    assert _kinds(text, "2026-03") == expected


@pytest.mark.parametrize("text, expected", [
    # a speaker in the genitive before what was said: known to the actor names, or named before in the text
    ("Nordkorea schickt Soldaten. Nach Budanows Worten kämpfen 11.000 Nordkoreaner in Kursk.",
     [(11000, "ukr-government", "asserted")]),
    ("Nordkorea schickt Soldaten. Nach Kyrylo Budanows Angaben kämpfen 11.000 Nordkoreaner in Kursk.",
     [(11000, "ukr-government", "asserted")]),
    ("Der Militärexperte Ole Hansen vom Royal United Services Institute verfolgt die Lage. Nach Hansens Einschätzung "
     "kämpfen 11.000 Nordkoreaner in Kursk.", [(11000, "gbr-rusi", "asserted")]),
    # (a genitive that is no speaker's)
    ("Die Politologin Hanna Berger hält Budanows Angaben für zu vorsichtig. Sie schätzt, dass bis zu 14.000 "
     "Nordkoreaner in Russland sind.", [(14000, "xxx-experts", "asserted")]),
])
def test_session_47_speakers_in_the_genitive(text, expected):
    assert _who(text, "2025-09") == expected


@pytest.mark.parametrize("text, expected", [
    # drones delivered ("Auslieferung"), things handed over ("überlässt"); drones of one night's attack are none
    ("Nordkorea baut Drohnen für Russland. Zudem solle Pjöngjang im kommenden Jahr mit der Auslieferung von zunächst "
     "1.000 fertigen Drohnen an die russische Armee beginnen.", [(1000, "xxx-unattributed", "expected")]),
    ("Nordkorea schickt Soldaten. Das britische Verteidigungsministerium hält es für möglich, dass Russland Nordkorea im "
     "Gegenzug bis zu 30 Kampfjets vom Typ MiG-29 überlässt.", [(30, "gbr-mod", "possible")]),
    ("Nordkorea baut Drohnen für Russland. In der Nacht zum Donnerstag waren es 502 Drohnen, zehn Menschen starben.", []),
])
def test_session_47_drones_delivered_and_launched(text, expected):
    assert _who(text, "2026-02") == expected


def test_session_47_an_english_quotation_and_its_translation():
    # the English names the North and the verb of delivering; the translation after "Übersetzt:" is the speaker's
    text = ("Washington – „North Korea has provided Russia with more than 100 ballistic missiles and some 5 million rounds "
            "of ammunition“, sagte General Paul LaCamera, Kommandeur der US Forces Korea. Übersetzt: mehr als 100 "
            "ballistische Raketen und rund fünf Millionen Schuss Munition.")
    assert _who(text, "2025-04") == [(100, "usa-dod", "asserted"), (5000000, "usa-dod", "asserted")]


def test_session_47_troops_called_back_mostly_wounded():
    # what the people counted mostly are does not make them casualties; a withdrawal someone reckons with is expected
    text = ("Nordkorea hat Soldaten in Kursk. Ich rechne damit, dass Pjöngjang zunächst 3.000 bis 4.000 Mann zurückruft, "
            "vor allem Verwundete und Kampftruppen.")
    assert _kinds(text, "2026-05") == [("Deployment", 3000, None)]
    assert [m for _, _, m in _who(text, "2026-05")] == ["expected"]


@pytest.mark.parametrize("text, expected", [
    # the genitive of what a denial rejects names no speaker
    ("Nordkorea schickte Soldaten. Russlands Botschafter in Seoul, Georgi Sinowjew, hat die Verlustzahlen des NIS "
     "zurückgewiesen. Die Angabe von 2.000 Toten sei frei erfunden, sagte er der Agentur Interfax.",
     [(2000, "rus-embassy-seoul", "denied")]),
    # an estimate named in a denial is its author's claim too
    ("Nordkorea schickte Soldaten. Außenamtssprecherin Maria Sacharowa nannte die Schätzung des südkoreanischen "
     "Geheimdienstes, wonach bislang rund 600 Nordkoreaner gefallen seien, eine „Erfindung aus Seoul“.",
     [(600, "rus-government", "denied"), (600, "kor-nis", "asserted")]),
    # the chancellor by his surname, his services' findings his
    ("Nordkorea liefert Raketen. „Nach Erkenntnissen unserer Dienste hat Nordkorea Russland inzwischen mehr als 150 "
     "Raketen vom Typ KN-23 geliefert“, sagte Merz.", [(150, "deu-government", "asserted")]),
])
def test_session_47_denied_figures_and_german_speakers(text, expected):
    assert _who(text, "2025-08") == expected


@pytest.mark.parametrize("text, expected", [
    # the North's army at home, named "Zu Hause" before a relative clause (not "von zu Hause entfernt")
    ("Nordkorea schickt Soldaten. Zu Hause unterhält Nordkorea zudem ein militärisches Baukorps, dem nach "
     "südkoreanischen Schätzungen etwa 200.000 Soldaten angehören.", []),
    ("Weit von zu Hause entfernt: Etwa 3.000 nordkoreanische Soldaten sind in Russland getötet worden.",
     [(3000, "xxx-unattributed", "asserted")]),
    # a US ambassador
    ("Die amerikanische Vize-Botschafterin sagte, Nordkorea habe Russland inzwischen mehr als 100 ballistische Raketen "
     "geliefert.", [(100, "usa-government", "asserted")]),
])
def test_session_47_armies_at_home_and_us_envoys(text, expected):
    assert _who(text, "2025-06") == expected


def test_session_47_a_fact_box_whose_long_labels_name_their_sources():
    text = ("Nordkorea und Russland: Das Jahr 2025 in Zahlen\n\nSoldaten\n\n"
            "Nordkoreanische Soldaten in Russland seit Oktober 2024, insgesamt (NIS, Stand September): rund 15.000\n"
            "Nachverlegung im Januar und Februar 2025 (südkoreanischer Generalstab): etwa 3.000\n")
    assert _who(text, "2025-12") == [(15000, "kor-nis", "asserted"), (3000, "kor-military", "asserted")]


def test_session_47_a_summary_repeats_the_body_rounded():
    # a summary's items without a source say again, rounded, what the body says with one: no records of their own
    text = ("Nordkorea stockt seine Truppen auf\n\nAuf einen Blick\n1. Pjöngjang hat rund 3.000 weitere Soldaten nach "
            "Russland verlegt.\n2. Die Zahl der getöteten und verletzten Nordkoreaner liegt inzwischen bei etwa 4.000.\n"
            "3. Die Lieferungen von Granaten gehen weiter.\n\nSeoul – Nordkorea hat nach Angaben des südkoreanischen "
            "Generalstabs im Januar und Februar rund 3.000 weitere Soldaten nach Russland verlegt. Die Verluste "
            "beziffert das Militär in Seoul auf 3.800 Tote und Verletzte. Nach Angaben des ukrainischen "
            "Militärgeheimdienstes sind bis zu 12.000 Nordkoreaner in Kursk.")
    assert _who(text, "2025-02") == [(3000, "kor-military", "asserted"), (3800, "kor-military", "asserted"),
                                     (12000, "ukr-government", "asserted")]


@pytest.mark.parametrize("text, expected", [
    # "ein oder zwei": one, as the lower end of a range
    ("Ein Sprecher der südkoreanischen Marine sagte, Russland könne Nordkorea ein oder zwei ausgemusterte U-Boote der "
     "Kilo-Klasse überlassen.", [(1, 2, "range", "kor-military", "possible")]),
    # radar systems are air defence
    ("Russland habe Nordkorea im Frühjahr zwei Radarsysteme zur Luftraumüberwachung geliefert, berichtete das "
     "Verteidigungsministerium in Tokio.", [(2, None, "exact", "jpn-mod", "asserted")]),
    ("Nachweislich habe Moskau Nordkorea mindestens vier Radaranlagen geliefert, sagte ein Sprecher des "
     "südkoreanischen Verteidigungsministeriums.", [(4, None, "at_least", "kor-mnd", "asserted")]),
])
def test_session_48_small_counts_of_systems_russia_hands_over(text, expected):
    found = [(r.quantity, r.quantity_max, r.quantity_qualifier.value, r.claimant_id, r.modality.value)
             for r in _numeric(text, "2025-06")]
    assert found == expected


@pytest.mark.parametrize("text", [
    # an air force's holdings, and the sentence after it
    "Die nordkoreanische Luftwaffe gilt als fliegendes Museum. Von den rund 800 Kampfflugzeugen, die ihr zugerechnet "
    "werden, stammen die meisten aus sowjetischer Fertigung. Nur etwa 35 Maschinen vom Typ MiG-29 gelten als "
    "zeitgemäß.",
    # a navy's holdings, the verb before its subject
    "Bislang verfügt Nordkorea nach Schätzungen über rund 70 U-Boote, überwiegend alte Boote, deren Bauplan aus "
    "Russland stammt.",
    # a ship's displacement, and what a boat or a launcher takes
    "Das U-Boot, das Russland Nordkorea liefern könnte, verdrängt etwa 3.000 Tonnen.",
    "Russland soll Nordkorea das U-Boot geliefert haben. Es kann nach Angaben Pjöngjangs zehn Raketen mit "
    "Atomsprengköpfen tragen.",
    "Russland hat Nordkorea Raketenwerfer geliefert. Die Systeme können mit 22 Raketen gleichzeitig bestückt werden.",
])
def test_session_48_what_an_arsenal_holds_or_a_system_takes_is_no_delivery(text):
    assert _numeric(text, "2025-06") == []


@pytest.mark.parametrize("text, expected", [
    # "Es handle sich um" goes on with the speaker's reported speech; a role's name ending in a Korean name
    # ("Sicherheitsberater Shin Won Sik") teaches its family name ("sagte Shin weiter")
    ("Russland hat Nordkorea Flugabwehrsysteme überlassen. Das sei die Gegenleistung für die Soldaten, sagte der "
     "Nationale Sicherheitsberater Shin Won Sik am Freitag. Es handle sich um zwei Batterien mit Boden-Luft-Raketen.\n\n"
     "Im Gegenzug habe Pjöngjang rund 11.000 Soldaten nach Russland geschickt, sagte Shin weiter.",
     [(2, "kor-presidential-office", "asserted"), (11000, "kor-presidential-office", "asserted")]),
    # a report pointed at, then the country it speaks of as the subject; and the run of figures after it
    ("Woher das Wachstum kommt, zeigt ein Bericht des MSMT.\n\nLaut dem Bericht verschiffte Nordkorea im Jahr 2024 "
     "mehr als neun Millionen Schuss Munition nach Russland. Russland lieferte im Gegenzug über eine Million Barrel "
     "Erdölprodukte.", [(9000000, "int-msmt", "asserted"), (1000000, "int-msmt", "asserted")]),
    # ... but a report of a country is that country's
    ("Woher das Wachstum kommt, zeigt ein Bericht des MSMT.\n\nLaut dem Bericht der USA verschiffte Nordkorea im Jahr "
     "2024 mehr als neun Millionen Schuss Munition nach Russland.", [(9000000, "usa-government", "asserted")]),
    # fighters, ship engines and reactors handed over
    ("Dazu kommen laut HUR sechs Abfangjäger vom Typ Su-27, die Russland an Nordkorea liefern soll.",
     [(6, "ukr-government", "expected")]),
    ("Berichten zufolge sollen zudem vier Schiffsdiesel russischer Bauart nach Nordkorea gelangt sein.",
     [(4, "xxx-unattributed", "asserted")]),
    ("Russland habe Nordkorea mindestens zwei Reaktormodule für U-Boote übergeben, sagte der Abgeordnete nach der "
     "Sitzung unter Berufung auf den Geheimdienst NIS.", [(2, "kor-nis", "asserted")]),
])
def test_session_48_sources_of_reports_and_speakers_going_on(text, expected):
    assert _who(text, "2025-10") == expected


@pytest.mark.parametrize("text", [
    # what the Soviet Union delivered long ago, and an army's holdings with the verb before its subject
    "Die modernsten Maschinen der nordkoreanischen Luftwaffe sind rund 35 MiG-29, die die Sowjetunion Ende der "
    "1980er-Jahre lieferte.",
    "Nach Schätzungen westlicher Militärexperten verfügt das Land über etwa 9.000 Flugabwehrgeschütze, die aus "
    "Russland stammen.",
])
def test_session_48_old_deliveries_and_holdings_are_no_claims(text):
    assert _numeric(text, "2025-06") == []


@pytest.mark.parametrize("text, expected", [
    # the platform X ends a sentence: the next one's "könne" is not this quotation's
    ("„Nach vorläufigen Daten ist die Zahl der getöteten und verwundeten nordkoreanischen Soldaten im Gebiet Kursk "
     "bereits auf über 3000 gestiegen“, schrieb Selenskyj auf X. Zugleich warnte er, Pjöngjang könne weitere "
     "Soldaten an Russland übergeben.", [(3000, "ukr-president", "asserted")]),
    # jets promised ("in Aussicht gestellt") are expected deliveries
    ("Im Gegenzug habe Moskau der Führung in Pjöngjang mindestens 30 Kampfflugzeuge vom Typ MiG-29 in Aussicht "
     "gestellt, teilte der NIS mit.", [(30, "kor-nis", "expected")]),
    # a speculation framed as "würde mich nicht wundern, wenn" is possible, not a supposition
    ("Nordkoreanische Soldaten sterben in Kursk. „Ich würde mich nicht wundern, wenn es am Ende zwischen 3000 und "
     "4000 Gefallene wären“, sagt Park.", [(3000, "xxx-unattributed", "possible")]),
    # who claims a deed of its own ("wollen ... gefangen genommen haben") says so; not a relative clause's verb
    ("Ukrainische Militärs wollen an der Front bei Saporischschja bereits knapp 50 Nordkoreaner gefangen genommen "
     "haben.", [(50, "ukr-government", "asserted")]),
    # an outlet quoting from a paper named before passes it on
    ("Der ukrainische Militärgeheimdienst HUR hält eine Aufstockung für möglich. Pjöngjang könnte zwischen 25.000 und "
     "30.000 zusätzliche Soldaten nach Russland verlegen, heißt es in dem Papier, aus dem der US-Sender CNN zitiert.",
     [(25000, "ukr-government", "possible")]),
    # tanker loads
    ("Demnach wurden allein zwischen März und Dezember mindestens 43 Tankerladungen aus dem russischen Hafen "
     "Wostotschny in den nordkoreanischen Hafen Rajin gebracht, berichtete AFP.", [(43, "fra-afp", "asserted")]),
    # victims of an attack, "drei Menschen getötet und 17 verletzt"
    ("Nordkorea hat nach Angaben Seouls rund 11.000 Soldaten nach Russland geschickt.\nKiew (Reuters) Russland hat die "
     "Ukraine in der Nacht zum Donnerstag mit mehr als 300 Drohnen und 12 Raketen angegriffen. Im Gebiet Odessa wurden "
     "nach Behördenangaben drei Menschen getötet und 17 verletzt, darunter zwei Kinder.",
     [(11000, "kor-government", "asserted")]),
])
def test_session_48_round_1_sentences_modality_and_sources(text, expected):
    assert _who(text, "2025-06") == expected


def test_session_48_a_relative_clause_after_wollen_is_no_claim_of_the_subject():
    text = ("Nach Südkorea wollen die zwei Nordkoreaner, die ukrainische Fallschirmjäger im Januar 2025 im Gebiet Kursk "
            "gefangen genommen haben. Insgesamt hält die Ukraine zwei nordkoreanische Gefangene.")
    assert all(r.claimant_id != "kor-government" for r in _numeric(text, "2025-06"))


def test_session_48_an_answer_keeps_the_topic_its_question_paragraph_named():
    text = ("Frau Sauer, der südkoreanische Geheimdienst spricht inzwischen von 15 000 Nordkoreanern, die in Russland "
            "stationiert sind. Wofür braucht Moskau die noch? Die Front in Kursk ist doch seit Monaten ruhig.\n\n"
            "Sauer: Die Zahl halte ich für plausibel. Nur sind das längst nicht mehr alles Kampftruppen. Rund 1500 "
            "Pioniere und Minenräumer arbeiten im Gebiet Kursk, andere bauen Straßen.")
    assert [r.quantity for r in _numeric(text, "2026-11")] == [15000, 1500]


@pytest.mark.parametrize("text", [
    "Nordkoreas UN-Vertreter weist Berichte über 10.000 Soldaten als „haltlose Gerüchte“ zurück.",
    "Nordkoreas Vertretung bei den Vereinten Nationen nannte Berichte über 10.000 weitere Soldaten „haltlos“.",
    "Die nordkoreanische UN-Mission wies Berichte über 10.000 Soldaten in Russland zurück.",
])
def test_session_48_the_norths_un_mission_by_its_many_names(text):
    assert _who(text, "2024-11") == [(10000, "prk-un-mission", "denied")]


def test_session_48_an_interviews_guest_named_in_its_intro_answers_the_questions():
    text = ("„Kim verdient an diesem Krieg“\n\nGeneralmajor Alistair Crane ist im britischen Militärgeheimdienst für "
            "Russland zuständig. Im Gespräch mit der F.A.Z. erklärt er, was Pjöngjang bekommt.\n\n"
            "Herr General, wie viele Nordkoreaner haben bisher in Russland gedient?\n\n"
            "Wir beziffern die Zahl auf knapp 14.000 Soldaten seit dem vergangenen Herbst. Von ihnen wurden rund 6000 "
            "getötet oder verwundet.")
    assert _who(text, "2025-06") == [(14000, "gbr-mod", "asserted"), (6000, "gbr-mod", "asserted")]


def test_session_48_a_labelled_answer_of_the_guest_the_question_addressed():
    text = ("Estlands Auslandsgeheimdienst beobachtet Russlands Kriegswirtschaft genau. Ein Gespräch mit seinem Direktor "
            "Kaarel Tamm.\n\nWELT AM SONNTAG: Herr Tamm, wie viele Granaten hat Nordkorea an Russland geliefert?\n\n"
            "Tamm: Wir kommen auf zwischen acht und zehn Millionen Schuss, die Nordkorea geliefert hat.")
    assert _who(text, "2025-09") == [(8000000, "est-government", "asserted")]


@pytest.mark.parametrize("text, expected", [
    ("Nordkorea schickte Truppen nach Russland. Der Preis war hoch. Rund 2000 Nordkoreaner fielen in den Kämpfen um "
     "Kursk.", [("Casualty", 2000, "killed")]),
    ("Das britische Verteidigungsministerium schätzt die Zahl der getöteten oder verwundeten Nordkoreaner seit Herbst "
     "2024 auf mehr als 6000.", [("Casualty", 6000, "killed_or_wounded")]),
    ("Der Zug, der Munition aus Nordkorea nach Russland bringt, ist gut 20 Waggons lang.", []),
])
def test_session_48_what_round_2_counts(text, expected):
    assert _kinds(text, "2026-06") == expected
