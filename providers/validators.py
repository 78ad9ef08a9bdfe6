"""Checksums for the bank and VAT numbers providers publish."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Lengths of the IBANs a Belgian provider is likely to use.
IBAN_LENGTHS = {"BE": 16, "NL": 18, "LU": 20, "DE": 22, "FR": 27}


def normalise_iban(value: str) -> str:
    return re.sub(r"\s+", "", value or "").upper()


def validate_iban(value: str) -> None:
    iban = normalise_iban(value)
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", iban):
        raise ValidationError(
            _("Enter an IBAN such as BE68 5390 0754 7034."), code="invalid"
        )
    expected = IBAN_LENGTHS.get(iban[:2])
    if expected and len(iban) != expected:
        raise ValidationError(
            _("An IBAN from %(country)s has %(length)d characters.")
            % {"country": iban[:2], "length": expected},
            code="length",
        )
    rearranged = iban[4:] + iban[:4]
    digits = "".join(str(int(char, 36)) for char in rearranged)
    if int(digits) % 97 != 1:
        raise ValidationError(
            _("This IBAN is not valid: check for a typing error."), code="checksum"
        )


def format_iban(value: str) -> str:
    iban = normalise_iban(value)
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def normalise_vat(value: str) -> str:
    vat = re.sub(r"[\s.\-]", "", value or "").upper()
    if vat and not vat.startswith("BE"):
        vat = "BE" + vat
    # Old nine-digit numbers get the leading zero they have today.
    if re.fullmatch(r"BE\d{9}", vat):
        vat = "BE0" + vat[2:]
    return vat


def validate_vat(value: str) -> None:
    vat = normalise_vat(value)
    if not re.fullmatch(r"BE[01]\d{9}", vat):
        raise ValidationError(
            _("Enter a Belgian VAT number such as BE 0257.216.482."), code="invalid"
        )
    number = int(vat[2:10])
    if 97 - number % 97 != int(vat[10:]):
        raise ValidationError(
            _("This VAT number is not valid: check for a typing error."),
            code="checksum",
        )


def format_vat(value: str) -> str:
    vat = normalise_vat(value)
    if len(vat) != 12:
        return value
    return f"BE {vat[2:6]}.{vat[6:9]}.{vat[9:]}"
