#!/usr/bin/env bash
# Installs the Debian packages the tests need; skips what is already there.
set -euo pipefail
need=()
command -v pdftoppm >/dev/null || need+=(poppler-utils)
fc-list 2>/dev/null | grep -qi "NotoSansKhmer" || need+=(fonts-noto-core)
fc-list 2>/dev/null | grep -qi "NotoSansCJK" || need+=(fonts-noto-cjk)
[ -x /usr/lib/postgresql/15/bin/initdb ] || need+=(postgresql)
command -v chromium >/dev/null || need+=(chromium chromium-driver)
# OCR of posters and photos (issue 14): the engine and one pack per screened language.
command -v tesseract >/dev/null || need+=(tesseract-ocr)
for pack in eng khm tha lao mya chi_sim chi_tra vie ind; do
  [ -f "/usr/share/tesseract-ocr/5/tessdata/${pack}.traineddata" ] || need+=("tesseract-ocr-${pack//_/-}")
done
# Instruction counts for the speed benchmarks (bench/instructions_screen.py): steady on a busy machine.
command -v valgrind >/dev/null || need+=(valgrind)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "Missing system packages: ${need[*]} (run as root or: sudo apt-get install ${need[*]})" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
