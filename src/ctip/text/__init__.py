"""Text handling: normalisation with offset maps, language id, segmentation, Zawgyi."""

from ctip.text.langid import detect_language
from ctip.text.normalise import NormText, normalise
from ctip.text.segment import segment, words
from ctip.text.zawgyi import is_zawgyi, zawgyi_to_unicode

__all__ = ["NormText", "detect_language", "is_zawgyi", "normalise", "segment", "words", "zawgyi_to_unicode"]
