"""Case and person fields after HTCDS 2.0 and the CTDC dictionary, plus what they lack for
online recruitment: linked posts, identifiers and networks, forced criminality (scam
compounds) and prosecution. Vocabularies are data so pages, API and docs share them."""

from __future__ import annotations

__all__ = ["CASE_STATUSES", "CASE_TYPES", "CONSENT_PURPOSES", "EXPLOITATION_TYPES", "LINK_KINDS",
           "MEANS_OF_CONTROL", "PERSON_FIELDS", "PERSON_ROLES", "RECRUITMENT_METHODS", "REVIEW_DECISIONS"]

CASE_TYPES = ("trafficking", "labour_exploitation", "scam_compound", "sexual_exploitation", "child_protection",
              "hotline")
CASE_STATUSES = ("open", "closed")
PERSON_ROLES = ("victim", "suspect", "witness")
# HTCDS vic_TypeOfExploitation values, plus forced criminality (scam compounds).
EXPLOITATION_TYPES = ("forced_labour", "sexual_exploitation", "forced_criminality", "child_labour", "forced_marriage",
                      "servitude", "forced_military", "organ_removal", "forced_begging", "forced_adoption",
                      "surrogacy", "other")
# CTDC meansOfControl* flags.
MEANS_OF_CONTROL = ("debt_bondage", "takes_earnings", "restricts_financial_access", "threats",
                    "psychological_abuse", "physical_abuse", "sexual_abuse", "false_promises",
                    "psychoactive_substances", "restricts_movement", "restricts_medical_care",
                    "excessive_working_hours", "uses_children", "threat_of_law_enforcement",
                    "withholds_necessities", "withholds_documents", "other")
# HTCDS vic_MethodOfRecruitment.
RECRUITMENT_METHODS = ("online_advert", "online_social_network", "place_of_business", "school", "work",
                       "tv_newspaper_ad", "family", "friends", "intimate_partner", "abduction", "other")
# Person fields: every one of them is encrypted at rest (only `role` is stored in clear).
PERSON_FIELDS = ("full_name", "other_names", "date_of_birth", "age_when_trafficked", "gender", "nationality",
                 "phone", "email", "address", "identity_number", "languages", "trafficking_status",
                 "relationship_to_trafficker", "role_in_process", "identifiers", "notes")
CONSENT_PURPOSES = ("shelter", "medical", "legal_aid", "repatriation", "law_enforcement", "psychosocial",
                    "livelihood", "data_sharing")
LINK_KINDS = ("post", "identifier", "cluster", "network")
REVIEW_DECISIONS = ("confirmed", "dismissed", "escalated")
