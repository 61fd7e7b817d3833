"""Request bodies of the JSON API (validated here, at the edge; the library gets plain values)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Short = Annotated[str, StringConstraints(max_length=300)]
Long = Annotated[str, StringConstraints(max_length=4000)]

CaseType = Literal["trafficking", "labour_exploitation", "scam_compound", "sexual_exploitation", "child_protection",
                   "hotline"]
Exploitation = Literal["forced_labour", "sexual_exploitation", "forced_criminality", "child_labour",
                       "forced_marriage", "servitude", "forced_military", "organ_removal", "forced_begging",
                       "forced_adoption", "surrogacy", "other"]
Control = Literal["debt_bondage", "takes_earnings", "restricts_financial_access", "threats", "psychological_abuse",
                  "physical_abuse", "sexual_abuse", "false_promises", "psychoactive_substances", "restricts_movement",
                  "restricts_medical_care", "excessive_working_hours", "uses_children", "threat_of_law_enforcement",
                  "withholds_necessities", "withholds_documents", "other"]
Method = Literal["online_advert", "online_social_network", "place_of_business", "school", "work", "tv_newspaper_ad",
                 "family", "friends", "intimate_partner", "abduction", "other"]
Purpose = Literal["shelter", "medical", "legal_aid", "repatriation", "law_enforcement", "psychosocial", "livelihood",
                  "data_sharing"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TokenRequest(Strict):
    username: Annotated[str, StringConstraints(min_length=1, max_length=128)]
    password: Annotated[str, StringConstraints(min_length=1, max_length=1024)]


class TokenResponse(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"


class Review(Strict):
    decision: Literal["confirmed", "dismissed", "escalated"]
    note: Long | None = None


class Recruitment(Strict):
    methods: list[Method] = Field(default_factory=list, max_length=20)
    websites_apps: list[Short] = Field(default_factory=list, max_length=30)
    location: Short | None = None


class Identification(Strict):
    date: Short | None = None
    by: Short | None = None
    how: Short | None = None


class ForcedCriminality(Strict):
    scam_compound: bool = False
    location: Short | None = None
    activities: list[Short] = Field(default_factory=list, max_length=30)


class Prosecution(Strict):
    charges: list[Short] = Field(default_factory=list, max_length=30)
    court: Short | None = None
    case_number: Short | None = None
    outcome: Short | None = None


class CaseDetails(Strict):
    """HTCDS / CTDC case fields plus online recruitment, forced criminality and prosecution."""

    exploitation_types: list[Exploitation] = Field(default_factory=list, max_length=12)
    means_of_control: list[Control] = Field(default_factory=list, max_length=17)
    recruitment: Recruitment | None = None
    route: list[Short] = Field(default_factory=list, max_length=30, description="Countries in order (ISO2).")
    identification: Identification | None = None
    assistance: list[Short] = Field(default_factory=list, max_length=30)
    forced_criminality: ForcedCriminality | None = None
    prosecution: Prosecution | None = None


class CaseCreate(Strict):
    title: Annotated[str, StringConstraints(min_length=1, max_length=300)]
    case_type: CaseType = "trafficking"
    summary: Annotated[str, StringConstraints(max_length=20000)] | None = None
    details: CaseDetails = Field(default_factory=CaseDetails)


class CasePatch(Strict):
    title: Annotated[str, StringConstraints(min_length=1, max_length=300)] | None = None
    case_type: CaseType | None = None
    status: Literal["open", "closed"] | None = None
    summary: Annotated[str, StringConstraints(max_length=20000)] | None = None
    details: CaseDetails | None = None


class PersonCreate(Strict):
    role: Literal["victim", "suspect", "witness"]
    full_name: Short | None = None
    other_names: Short | None = None
    date_of_birth: Short | None = None
    age_when_trafficked: Short | None = None
    gender: Short | None = None
    nationality: Short | None = None
    phone: Short | None = None
    email: Short | None = None
    address: Long | None = None
    identity_number: Short | None = None
    languages: list[Short] = Field(default_factory=list, max_length=20)
    trafficking_status: Literal["possible", "actual", "not_a_victim"] | None = None
    relationship_to_trafficker: Literal["familial", "acquainted", "unacquainted"] | None = None
    role_in_process: Short | None = None
    identifiers: list[Short] = Field(default_factory=list, max_length=50)
    notes: Long | None = None


class Member(Strict):
    username: Annotated[str, StringConstraints(min_length=1, max_length=128)]


class Link(Strict):
    kind: Literal["post", "identifier", "cluster", "network"]
    ref: Annotated[str, StringConstraints(min_length=1, max_length=600)]


class ConsentIn(Strict):
    purpose: Purpose
    organisation: Short | None = None


class ReferralIn(Strict):
    organisation: Annotated[str, StringConstraints(min_length=1, max_length=256)]
    purpose: Purpose
    note: Long | None = None


class UserCreate(Strict):
    username: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    password: Annotated[str, StringConstraints(min_length=10, max_length=1024)]
    role: Literal["admin", "investigator", "caseworker", "analyst", "auditor", "partner"]
