#!/usr/bin/env bash
# Generate the service pictograms of the Phare demo sites (256x256 PNG, white symbol on a dark
# rounded square, contrast > 7:1). Idempotent: the same run gives the same files.
#
# usage: tools/content/make-pictograms.sh OUTPUT_DIR
#   e.g. tools/content/make-pictograms.sh config/sites/prefecture-44/media/pictograms
#
# Needs ImageMagick 6 (`convert`) and the DejaVu fonts.
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 OUTPUT_DIR" >&2
    exit 2
fi
out=$1
mkdir -p "$out"

FONT=${PHARE_PICTO_FONT:-/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf}
[ -r "$FONT" ] || { echo "font not found: $FONT" >&2; exit 1; }
command -v convert >/dev/null || { echo "ImageMagick 'convert' not found" >&2; exit 1; }

# Background colours; white text on each has a contrast ratio above 7:1.
BLUE='#000091'    # administrative services: blue France (white: 14.9:1)
GREEN='#14532d'   # payment                   (white:  9.1:1)
PURPLE='#4a1d6e'  # protection / asylum       (white: 12.4:1)
ACCESS='#003a80'  # accessibility             (white: 11.0:1)

# Common tail: small, deterministic PNG (no timestamps, no metadata).
finish() {
    convert "$@" -strip -define png:exclude-chunks=date,time \
        -define png:compression-level=9 "PNG32:$tmpfile"
}

# picto NAME COLOUR [convert drawing options...]
picto() {
    local name=$1 colour=$2
    shift 2
    tmpfile="$out/.$name.png.tmp"
    finish -size 256x256 xc:none \
        -fill "$colour" -stroke none -draw "roundrectangle 0,0 255,255 40,40" \
        "$@"
    mv -f "$tmpfile" "$out/$name.png"
}

# glyph TEXT POINTSIZE [XOFF YOFF]: a large white character, centred.
glyph() {
    local text=$1 size=$2 dx=${3:-0} dy=${4:-0}
    printf '%s\n' -font "$FONT" -fill white -stroke none -gravity center \
        -pointsize "$size" -annotate "+${dx}+${dy}" "$text" +gravity
}

mapfile -t g < <(glyph 'i' 190 0 6);              picto accueil-general "$BLUE" "${g[@]}"
mapfile -t g < <(glyph '⚑' 190 0 4);              picto naturalisation  "$BLUE" "${g[@]}"
mapfile -t g < <(glyph '€' 170 7 4);             picto regie           "$GREEN" "${g[@]}"
mapfile -t g < <(glyph '♿' 230 0 6);              picto toilettes       "$ACCESS" "${g[@]}"

# Residence permit: an identity card with a portrait and two text lines.
picto titres-sejour "$BLUE" \
    -fill white -draw "roundrectangle 28,62 228,194 14,14" \
    -fill "$BLUE" -draw "circle 82,112 82,132" \
    -draw "ellipse 82,168 32,20 180,360" \
    -draw "rectangle 128,96 204,112" -draw "rectangle 128,128 204,144" \
    -draw "rectangle 128,160 184,176"

# Driving licence: a steering wheel.
picto permis-conduire "$BLUE" \
    -fill none -stroke white -strokewidth 22 -draw "circle 128,128 128,38" \
    -stroke none -fill white -draw "circle 128,128 128,106" \
    -draw "rectangle 48,118 208,138" -draw "polygon 118,128 138,128 140,214 116,214"

# Vehicle registration: a car seen from the side, with a number plate.
picto cartes-grises "$BLUE" \
    -fill white -draw "polygon 70,108 100,62 170,62 200,108" \
    -draw "roundrectangle 28,102 228,166 18,18" \
    -fill "$BLUE" -draw "polygon 84,106 106,74 130,74 130,106" \
    -draw "polygon 140,106 140,74 164,74 186,106" \
    -draw "roundrectangle 98,128 158,150 4,4" \
    -fill white -stroke "$BLUE" -strokewidth 8 -draw "circle 74,170 74,198" \
    -draw "circle 182,170 182,198"

# Associations: three people side by side.
picto associations "$BLUE" \
    -fill white -draw "circle 70,89 70,113" -draw "circle 186,89 186,113" \
    -draw "roundrectangle 36,125 104,199 24,24" -draw "roundrectangle 152,125 220,199 24,24" \
    -stroke "$BLUE" -strokewidth 8 -draw "circle 128,77 128,105" \
    -draw "roundrectangle 88,117 168,207 28,28"

# Asylum: a roof sheltering a person.
picto asile "$PURPLE" \
    -fill white -stroke none -draw "polygon 24,118 128,28 232,118 216,136 128,60 40,136" \
    -fill white -draw "circle 128,116 128,140" \
    -draw "roundrectangle 90,152 166,222 26,26"

# Appointments: a calendar page.
picto rendez-vous "$BLUE" \
    -fill white -draw "roundrectangle 40,56 216,214 14,14" \
    -fill "$BLUE" -draw "rectangle 52,100 204,202" \
    -fill white -draw "rectangle 62,112 94,134" -draw "rectangle 112,112 144,134" \
    -draw "rectangle 162,112 194,134" -draw "rectangle 62,148 94,170" \
    -draw "rectangle 162,148 194,170" -draw "rectangle 62,180 94,196" \
    -fill white -stroke "$BLUE" -strokewidth 6 -draw "roundrectangle 72,34 96,78 8,8" \
    -draw "roundrectangle 160,34 184,78 8,8" \
    -stroke none -fill white -draw "polygon 112,160 122,150 130,160 150,140 160,150 130,180"

echo "pictograms written to $out"
