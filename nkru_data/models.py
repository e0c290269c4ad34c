"""Typed records, one pydantic model per table. GENERATED from schemas/*.json.

Do not edit by hand: change the schema and run ``python -m nkru_data._codegen``.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Optional

from pydantic import Field

from ._model_base import ClaimRow, Row
from .dates import PartialDate


class PublishedBasis(StrEnum):
    """Allowed values of ``PublishedBasis`` fields."""

    STATED = 'stated'
    INFERRED = 'inferred'


class ActorKind(StrEnum):
    """Allowed values of ``ActorKind`` fields."""

    STATE = 'state'
    GOVERNMENT = 'government'
    HEAD_OF_STATE = 'head_of_state'
    MINISTRY = 'ministry'
    MILITARY = 'military'
    INTELLIGENCE = 'intelligence'
    LEGISLATURE = 'legislature'
    STATE_MEDIA = 'state_media'
    MEDIA = 'media'
    INTERNATIONAL_ORG = 'international_org'
    EXPERT = 'expert'
    UNATTRIBUTED = 'unattributed'


class Modality(StrEnum):
    """Allowed values of ``Modality`` fields."""

    ASSERTED = 'asserted'
    EXPECTED = 'expected'
    POSSIBLE = 'possible'
    DENIED = 'denied'


class Method(StrEnum):
    """Allowed values of ``Method`` fields."""

    CURATED = 'curated'
    EXTRACTED = 'extracted'


class QuantityQualifier(StrEnum):
    """Allowed values of ``QuantityQualifier`` fields."""

    EXACT = 'exact'
    APPROX = 'approx'
    AT_LEAST = 'at_least'
    MORE_THAN = 'more_than'
    UP_TO = 'up_to'
    AT_MOST = 'at_most'
    RANGE = 'range'
    VAGUE = 'vague'


class QuantityScope(StrEnum):
    """Allowed values of ``QuantityScope`` fields."""

    TOTAL = 'total'
    ADDITIONAL = 'additional'
    UNSPECIFIED = 'unspecified'


class PersonnelType(StrEnum):
    """Allowed values of ``PersonnelType`` fields."""

    TROOPS = 'troops'
    SPECIAL_FORCES = 'special_forces'
    OFFICERS = 'officers'
    GENERALS = 'generals'
    WORKERS = 'workers'
    ENGINEERS = 'engineers'
    MEDICAL = 'medical'
    UNSPECIFIED = 'unspecified'


class DeploymentStatus(StrEnum):
    """Allowed values of ``DeploymentStatus`` fields."""

    PLANNED = 'planned'
    TRAINING = 'training'
    DEPLOYED = 'deployed'
    COMBAT = 'combat'
    WITHDRAWN = 'withdrawn'
    UNSPECIFIED = 'unspecified'


class ItemCategory(StrEnum):
    """Allowed values of ``ItemCategory`` fields."""

    ARTILLERY_AMMUNITION = 'artillery_ammunition'
    AMMUNITION = 'ammunition'
    ARTILLERY = 'artillery'
    ROCKET_LAUNCHERS = 'rocket_launchers'
    MISSILES = 'missiles'
    DRONES = 'drones'
    SMALL_ARMS = 'small_arms'
    EQUIPMENT = 'equipment'
    MILITARY_TECHNOLOGY = 'military_technology'
    SPACE_TECHNOLOGY = 'space_technology'
    NUCLEAR_TECHNOLOGY = 'nuclear_technology'
    ENERGY = 'energy'
    FOOD = 'food'
    MEDICINE = 'medicine'
    MEDICAL_CARE = 'medical_care'
    MONEY = 'money'
    OTHER = 'other'


class Unit(StrEnum):
    """Allowed values of ``Unit`` fields."""

    PIECES = 'pieces'
    ROUNDS = 'rounds'
    CONTAINERS = 'containers'
    TONNES = 'tonnes'
    BARRELS = 'barrels'
    USD = 'usd'
    PATIENTS = 'patients'


class DeliveryStatus(StrEnum):
    """Allowed values of ``DeliveryStatus`` fields."""

    DELIVERED = 'delivered'
    IN_USE = 'in_use'
    ONGOING = 'ongoing'
    PLANNED = 'planned'
    UNSPECIFIED = 'unspecified'


class CasualtyType(StrEnum):
    """Allowed values of ``CasualtyType`` fields."""

    KILLED = 'killed'
    WOUNDED = 'wounded'
    KILLED_OR_WOUNDED = 'killed_or_wounded'
    CAPTURED = 'captured'
    MISSING = 'missing'


class ActType(StrEnum):
    """Allowed values of ``ActType`` fields."""

    TREATY_SIGNING = 'treaty_signing'
    TREATY_RATIFICATION = 'treaty_ratification'
    VISIT = 'visit'
    MEETING = 'meeting'
    AMBASSADOR_SUMMONED = 'ambassador_summoned'
    STATEMENT = 'statement'
    PLEDGE_OF_SUPPORT = 'pledge_of_support'
    CONDEMNATION = 'condemnation'
    ACCUSATION = 'accusation'
    DENIAL = 'denial'
    CONFIRMATION = 'confirmation'
    NON_CONFIRMATION = 'non_confirmation'
    POLICY_CONSIDERATION = 'policy_consideration'
    SANCTION = 'sanction'


class Source(Row):
    """Sources: The source documents: one row per news text the claims are read from."""

    __table__ = 'sources'
    source_id: str = Field(pattern='^(?:[a-z0-9]+(?:-[a-z0-9]+)*)$', description='Identifier of the source: outlet or wire abbreviation and date, lower-case words joined by hyphens.')
    path: str = Field(pattern='^(?:seeds/texts/[A-Za-z0-9._-]+\\.txt)$', description='The source text file as kept in the repository (seeds/texts/<file name>). A release holds a byte-identical copy as texts/<file name>.')
    sha256: str = Field(pattern='^(?:[0-9a-f]{64})$', description="SHA-256 of the source text file's bytes, lower-case hexadecimal (the same for its copy under texts/ in a release).")
    outlet: Optional[str] = Field(default=None, description='The outlet as the text shows it; empty when the text does not name it.')
    title: Optional[str] = Field(default=None, description='The headline as the text shows it; empty when the text has none.')
    url: Optional[str] = Field(default=None, pattern='^(?:https?://\\S+)$', description='Where the text was published; empty when not known (never invented).')
    language: str = Field(pattern='^(?:[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$', description='Language of the text as a BCP 47 tag.')
    published: PartialDate = Field(description='When the source was published: YYYY, YYYY-MM or YYYY-MM-DD, no more precise than the evidence allows.')
    published_basis: PublishedBasis = Field(description='How the published date is known.')
    notes: Optional[str] = Field(default=None, description='Anything a reader needs to know about the source, such as how an inferred date was worked out.')


class Actor(Row):
    """Actors: The controlled vocabulary of claimants, parties and intermediaries."""

    __table__ = 'actors'
    actor_id: str = Field(pattern='^(?:[a-z]{3}-[a-z0-9]+(?:-[a-z0-9]+)*)$', description="Identifier: ISO 3166-1 alpha-3 country code in lower case (or 'int' for international bodies, 'xxx' for others), a hyphen, and a short slug.")
    name_en: str = Field(min_length=1, description='Name in English.')
    name_de: Optional[str] = Field(default=None, description='Name in German, as the sources write it.')
    kind: ActorKind = Field(description='What kind of actor this is.')
    country: Optional[str] = Field(default=None, pattern='^(?:[A-Z]{3})$', description="The actor's country as ISO 3166-1 alpha-3; empty for international bodies and unattributed claims.")


class Deployment(ClaimRow):
    """Deployments: Claims about North Korean personnel sent to Russia (or withdrawn): totals and increments, planned and actual, training and combat."""

    __table__ = 'deployments'
    record_id: str = Field(pattern='^(?:dep-[0-9a-f]{12})$', description="Stable identifier of the record: 'dep-' followed by 12 hexadecimal characters derived from the source, table, quote offsets and the fields that tell records on the same quote apart. Rebuilding gives the same id.")
    event_key: Optional[str] = Field(default=None, pattern='^(?:[a-z0-9]+(?:-[a-z0-9]+)*)$', description='Groups records that describe the same real-world event, across sources (for example the 1,500 special forces reported by two outlets). Lower-case words joined by hyphens.')
    source_id: str = Field(pattern='^(?:[a-z0-9]+(?:-[a-z0-9]+)*)$', description='The source document that reports the claim (see the sources table).')
    quote: str = Field(min_length=1, description='The exact text of the source that supports the record, Unicode NFC.')
    quote_start: int = Field(ge=0, description="Where the quote starts in the source text: how many characters come before it, counting from 0 (characters, not bytes: each letter, umlaut, space and line break counts as one, in the text's Unicode NFC form).")
    quote_end: int = Field(ge=1, description='Where the quote ends: how many characters come up to and including its last one, counted like quote_start. The quote is the text from position quote_start up to, not including, position quote_end (in Python: text[quote_start:quote_end] == quote).')
    claimant_id: str = Field(pattern='^(?:[a-z]{3}-[a-z0-9]+(?:-[a-z0-9]+)*)$', description="Who makes the claim (see the actors table). The outlet only when the outlet itself asserts it; 'xxx-unattributed' when nobody is named.")
    attribution: Optional[str] = Field(default=None, description='The attribution as written in the source.')
    via_id: Optional[str] = Field(default=None, pattern='^(?:[a-z]{3}-[a-z0-9]+(?:-[a-z0-9]+)*)$', description='An intermediary in the reporting chain, such as a wire agency or another outlet (see the actors table).')
    modality: Modality = Field(description='How the claim is put: as something that happened, that is expected, that is possible, or that is denied.')
    reported_date: PartialDate = Field(description="When the claim was made: YYYY, YYYY-MM or YYYY-MM-DD. The source's published date when the text gives none; relative expressions are resolved against it.")
    event_date: Optional[PartialDate] = Field(default=None, description='When the event happened or began, at no more precision than the text supports: YYYY, YYYY-MM or YYYY-MM-DD.')
    event_date_end: Optional[PartialDate] = Field(default=None, description='When the event ended or is expected to be complete: YYYY, YYYY-MM or YYYY-MM-DD.')
    method: Method = Field(description='How the record was made: by a person or by an extraction rule.')
    rule_id: Optional[str] = Field(default=None, pattern='^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*)$', description="The extraction rule that produced the record, by its id in the rules that ship with the nkru-data package (nkru_data/extract/rules/); empty for curated records. Present exactly when method is 'extracted'.")
    notes: Optional[str] = Field(default=None, description='Anything a reader needs to know: ambiguity, the reasoning behind a resolved date, an English gloss.')
    quantity: Optional[int] = Field(default=None, ge=0, le=1300000, description="The number as stated, normalised ('11.000' becomes 11000, 'drei' becomes 3). The lower end of a range. Empty when the text gives no number.")
    quantity_max: Optional[int] = Field(default=None, ge=0, le=1300000, description="The upper end of a range ('10.000 bis 12.000'); never below quantity.")
    quantity_qualifier: Optional[QuantityQualifier] = Field(default=None, description='How the number is hedged, as the wording of the text shows.')
    quantity_text: Optional[str] = Field(default=None, description='The number phrase as written in the source.')
    quantity_scope: Optional[QuantityScope] = Field(default=None, description='Whether the number is a running total or an increase.')
    from_country: str = Field(pattern='^(?:[A-Z]{3})$', description='Country the personnel come from, ISO 3166-1 alpha-3.')
    to_country: str = Field(pattern='^(?:[A-Z]{3})$', description='Country the personnel go to, ISO 3166-1 alpha-3.')
    personnel_type: PersonnelType = Field(description='Who is deployed.')
    location: Optional[str] = Field(default=None, description='Where, as a place name in English.')
    status: DeploymentStatus = Field(description='The stage the claim describes.')


class Delivery(ClaimRow):
    """Deliveries: Claims about weapons, goods, technology and services delivered between North Korea and Russia, in both directions."""

    __table__ = 'deliveries'
    record_id: str = Field(pattern='^(?:del-[0-9a-f]{12})$', description="Stable identifier of the record: 'del-' followed by 12 hexadecimal characters derived from the source, table, quote offsets and the fields that tell records on the same quote apart. Rebuilding gives the same id.")
    event_key: Optional[str] = Field(default=None, pattern='^(?:[a-z0-9]+(?:-[a-z0-9]+)*)$', description='Groups records that describe the same real-world event, across sources (for example the 1,500 special forces reported by two outlets). Lower-case words joined by hyphens.')
    source_id: str = Field(pattern='^(?:[a-z0-9]+(?:-[a-z0-9]+)*)$', description='The source document that reports the claim (see the sources table).')
    quote: str = Field(min_length=1, description='The exact text of the source that supports the record, Unicode NFC.')
    quote_start: int = Field(ge=0, description="Where the quote starts in the source text: how many characters come before it, counting from 0 (characters, not bytes: each letter, umlaut, space and line break counts as one, in the text's Unicode NFC form).")
    quote_end: int = Field(ge=1, description='Where the quote ends: how many characters come up to and including its last one, counted like quote_start. The quote is the text from position quote_start up to, not including, position quote_end (in Python: text[quote_start:quote_end] == quote).')
    claimant_id: str = Field(pattern='^(?:[a-z]{3}-[a-z0-9]+(?:-[a-z0-9]+)*)$', description="Who makes the claim (see the actors table). The outlet only when the outlet itself asserts it; 'xxx-unattributed' when nobody is named.")
    attribution: Optional[str] = Field(default=None, description='The attribution as written in the source.')
    via_id: Optional[str] = Field(default=None, pattern='^(?:[a-z]{3}-[a-z0-9]+(?:-[a-z0-9]+)*)$', description='An intermediary in the reporting chain, such as a wire agency or another outlet (see the actors table).')
    modality: Modality = Field(description='How the claim is put: as something that happened, that is expected, that is possible, or that is denied.')
    reported_date: PartialDate = Field(description="When the claim was made: YYYY, YYYY-MM or YYYY-MM-DD. The source's published date when the text gives none; relative expressions are resolved against it.")
    event_date: Optional[PartialDate] = Field(default=None, description='When the event happened or began, at no more precision than the text supports: YYYY, YYYY-MM or YYYY-MM-DD.')
    event_date_end: Optional[PartialDate] = Field(default=None, description='When the event ended or is expected to be complete: YYYY, YYYY-MM or YYYY-MM-DD.')
    method: Method = Field(description='How the record was made: by a person or by an extraction rule.')
    rule_id: Optional[str] = Field(default=None, pattern='^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*)$', description="The extraction rule that produced the record, by its id in the rules that ship with the nkru-data package (nkru_data/extract/rules/); empty for curated records. Present exactly when method is 'extracted'.")
    notes: Optional[str] = Field(default=None, description='Anything a reader needs to know: ambiguity, the reasoning behind a resolved date, an English gloss.')
    quantity: Optional[int] = Field(default=None, ge=0, le=1000000000000, description="The number as stated, normalised ('11.000' becomes 11000, 'drei' becomes 3). The lower end of a range. Empty when the text gives no number. Up to a trillion: money in US dollars ('5,5 Milliarden Dollar') runs into billions.")
    quantity_max: Optional[int] = Field(default=None, ge=0, le=1000000000000, description="The upper end of a range ('10.000 bis 12.000'); never below quantity.")
    quantity_qualifier: Optional[QuantityQualifier] = Field(default=None, description='How the number is hedged, as the wording of the text shows.')
    quantity_text: Optional[str] = Field(default=None, description='The number phrase as written in the source.')
    quantity_scope: Optional[QuantityScope] = Field(default=None, description='Whether the number is a running total or an increase.')
    supplier_country: str = Field(pattern='^(?:[A-Z]{3})$', description='Country that supplies, ISO 3166-1 alpha-3.')
    recipient_country: str = Field(pattern='^(?:[A-Z]{3})$', description='Country that receives, ISO 3166-1 alpha-3.')
    item_category: ItemCategory = Field(description='What kind of item.')
    item: str = Field(min_length=1, description='The item as written in the source.')
    caliber_mm: Optional[int] = Field(default=None, ge=1, le=1000, description='Calibre in millimetres, when stated; never a quantity.')
    unit: Optional[Unit] = Field(default=None, description='What quantity counts.')
    status: DeliveryStatus = Field(description='The stage the claim describes.')


class Casualty(ClaimRow):
    """Casualties: Claims about casualties among the personnel involved: killed, wounded, killed or wounded, captured, missing."""

    __table__ = 'casualties'
    record_id: str = Field(pattern='^(?:cas-[0-9a-f]{12})$', description="Stable identifier of the record: 'cas-' followed by 12 hexadecimal characters derived from the source, table, quote offsets and the fields that tell records on the same quote apart. Rebuilding gives the same id.")
    event_key: Optional[str] = Field(default=None, pattern='^(?:[a-z0-9]+(?:-[a-z0-9]+)*)$', description='Groups records that describe the same real-world event, across sources (for example the 1,500 special forces reported by two outlets). Lower-case words joined by hyphens.')
    source_id: str = Field(pattern='^(?:[a-z0-9]+(?:-[a-z0-9]+)*)$', description='The source document that reports the claim (see the sources table).')
    quote: str = Field(min_length=1, description='The exact text of the source that supports the record, Unicode NFC.')
    quote_start: int = Field(ge=0, description="Where the quote starts in the source text: how many characters come before it, counting from 0 (characters, not bytes: each letter, umlaut, space and line break counts as one, in the text's Unicode NFC form).")
    quote_end: int = Field(ge=1, description='Where the quote ends: how many characters come up to and including its last one, counted like quote_start. The quote is the text from position quote_start up to, not including, position quote_end (in Python: text[quote_start:quote_end] == quote).')
    claimant_id: str = Field(pattern='^(?:[a-z]{3}-[a-z0-9]+(?:-[a-z0-9]+)*)$', description="Who makes the claim (see the actors table). The outlet only when the outlet itself asserts it; 'xxx-unattributed' when nobody is named.")
    attribution: Optional[str] = Field(default=None, description='The attribution as written in the source.')
    via_id: Optional[str] = Field(default=None, pattern='^(?:[a-z]{3}-[a-z0-9]+(?:-[a-z0-9]+)*)$', description='An intermediary in the reporting chain, such as a wire agency or another outlet (see the actors table).')
    modality: Modality = Field(description='How the claim is put: as something that happened, that is expected, that is possible, or that is denied.')
    reported_date: PartialDate = Field(description="When the claim was made: YYYY, YYYY-MM or YYYY-MM-DD. The source's published date when the text gives none; relative expressions are resolved against it.")
    event_date: Optional[PartialDate] = Field(default=None, description='When the event happened or began, at no more precision than the text supports: YYYY, YYYY-MM or YYYY-MM-DD.')
    event_date_end: Optional[PartialDate] = Field(default=None, description='When the event ended or is expected to be complete: YYYY, YYYY-MM or YYYY-MM-DD.')
    method: Method = Field(description='How the record was made: by a person or by an extraction rule.')
    rule_id: Optional[str] = Field(default=None, pattern='^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*)$', description="The extraction rule that produced the record, by its id in the rules that ship with the nkru-data package (nkru_data/extract/rules/); empty for curated records. Present exactly when method is 'extracted'.")
    notes: Optional[str] = Field(default=None, description='Anything a reader needs to know: ambiguity, the reasoning behind a resolved date, an English gloss.')
    quantity: Optional[int] = Field(default=None, ge=0, le=1300000, description="The number as stated, normalised ('11.000' becomes 11000, 'drei' becomes 3). The lower end of a range. Empty when the text gives no number.")
    quantity_max: Optional[int] = Field(default=None, ge=0, le=1300000, description="The upper end of a range ('10.000 bis 12.000'); never below quantity.")
    quantity_qualifier: Optional[QuantityQualifier] = Field(default=None, description='How the number is hedged, as the wording of the text shows.')
    quantity_text: Optional[str] = Field(default=None, description='The number phrase as written in the source.')
    quantity_scope: Optional[QuantityScope] = Field(default=None, description='Whether the number is a running total or an increase.')
    party_country: str = Field(pattern='^(?:[A-Z]{3})$', description='Whose people, ISO 3166-1 alpha-3 (PRK for North Korean soldiers).')
    casualty_type: CasualtyType = Field(description='What happened to the people counted.')
    location: Optional[str] = Field(default=None, description='Where, as a place name in English.')


class DiplomaticAct(ClaimRow):
    """Diplomatic acts: Claims about diplomatic acts around the cooperation: treaties, visits, meetings, summoned ambassadors, statements, denials and policy options."""

    __table__ = 'diplomatic_acts'
    record_id: str = Field(pattern='^(?:dip-[0-9a-f]{12})$', description="Stable identifier of the record: 'dip-' followed by 12 hexadecimal characters derived from the source, table, quote offsets and the fields that tell records on the same quote apart. Rebuilding gives the same id.")
    event_key: Optional[str] = Field(default=None, pattern='^(?:[a-z0-9]+(?:-[a-z0-9]+)*)$', description='Groups records that describe the same real-world event, across sources (for example the 1,500 special forces reported by two outlets). Lower-case words joined by hyphens.')
    source_id: str = Field(pattern='^(?:[a-z0-9]+(?:-[a-z0-9]+)*)$', description='The source document that reports the claim (see the sources table).')
    quote: str = Field(min_length=1, description='The exact text of the source that supports the record, Unicode NFC.')
    quote_start: int = Field(ge=0, description="Where the quote starts in the source text: how many characters come before it, counting from 0 (characters, not bytes: each letter, umlaut, space and line break counts as one, in the text's Unicode NFC form).")
    quote_end: int = Field(ge=1, description='Where the quote ends: how many characters come up to and including its last one, counted like quote_start. The quote is the text from position quote_start up to, not including, position quote_end (in Python: text[quote_start:quote_end] == quote).')
    claimant_id: str = Field(pattern='^(?:[a-z]{3}-[a-z0-9]+(?:-[a-z0-9]+)*)$', description="Who makes the claim (see the actors table). The outlet only when the outlet itself asserts it; 'xxx-unattributed' when nobody is named.")
    attribution: Optional[str] = Field(default=None, description='The attribution as written in the source.')
    via_id: Optional[str] = Field(default=None, pattern='^(?:[a-z]{3}-[a-z0-9]+(?:-[a-z0-9]+)*)$', description='An intermediary in the reporting chain, such as a wire agency or another outlet (see the actors table).')
    modality: Modality = Field(description='How the claim is put: as something that happened, that is expected, that is possible, or that is denied.')
    reported_date: PartialDate = Field(description="When the claim was made: YYYY, YYYY-MM or YYYY-MM-DD. The source's published date when the text gives none; relative expressions are resolved against it.")
    event_date: Optional[PartialDate] = Field(default=None, description='When the event happened or began, at no more precision than the text supports: YYYY, YYYY-MM or YYYY-MM-DD.')
    event_date_end: Optional[PartialDate] = Field(default=None, description='When the event ended or is expected to be complete: YYYY, YYYY-MM or YYYY-MM-DD.')
    method: Method = Field(description='How the record was made: by a person or by an extraction rule.')
    rule_id: Optional[str] = Field(default=None, pattern='^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*)$', description="The extraction rule that produced the record, by its id in the rules that ship with the nkru-data package (nkru_data/extract/rules/); empty for curated records. Present exactly when method is 'extracted'.")
    notes: Optional[str] = Field(default=None, description='Anything a reader needs to know: ambiguity, the reasoning behind a resolved date, an English gloss.')
    act_type: ActType = Field(description='What kind of act.')
    actor_id: str = Field(pattern='^(?:[a-z]{3}-[a-z0-9]+(?:-[a-z0-9]+)*)$', description='Who performs the act (see the actors table).')
    counterpart_id: Optional[str] = Field(default=None, pattern='^(?:[a-z]{3}-[a-z0-9]+(?:-[a-z0-9]+)*)$', description='The other party, when there is one (see the actors table).')
    location: Optional[str] = Field(default=None, description='Where, as a place name in English.')
    title: Optional[str] = Field(default=None, description='Title of a treaty or agreement, in English.')


MODELS = {
    'sources': Source,
    'actors': Actor,
    'deployments': Deployment,
    'deliveries': Delivery,
    'casualties': Casualty,
    'diplomatic_acts': DiplomaticAct,
}

"""The model class of each table, by table name."""
