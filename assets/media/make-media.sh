#!/usr/bin/env bash
# Regenerates the demo lesson clips in this folder with Debian's ffmpeg 5.1.
# Usage: bash assets/media/make-media.sh   (from the repository root or from this folder)
set -euo pipefail
cd "$(dirname "$0")"

FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
FONT_REG=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf

# Encoder settings shared by every clip. Flat slides compress very well, so low bitrates still look clean.
WEBM=(-c:v libvpx-vp9 -crf 42 -b:v 0 -deadline good -cpu-used 2 -row-mt 1 -pix_fmt yuv420p)
MP4=(-c:v libx264 -preset veryslow -crf 33 -profile:v main -pix_fmt yuv420p -movflags +faststart)
# A key frame every 4 s so that the MP4 can be cut into 4 s HLS segments without re-encoding.
KEYS=(-force_key_frames 'expr:gte(t,n_forced*4)')

# lesson_filter DURATION SLIDE_SECONDS TITLE COLOURS... LABELS...: coloured slides with a title,
# a slide label, a running clock, a moving pointer and a progress bar.
lesson_filter() {
  local d=$1 s=$2 title=$3; shift 3
  local -a colours=("${@:1:$(( $# / 2 ))}") labels=("${@:$(( $# / 2 + 1 ))}")
  local n=${#colours[@]} f="[0:v]"
  for ((i = 1; i < n; i++)); do
    f+="drawbox=x=0:y=0:w=iw:h=ih:c=${colours[i]}:t=fill:enable='gte(t,$((i * s)))',"
  done
  for ((i = 0; i < n; i++)); do
    f+="drawtext=fontfile=$FONT:text='${labels[i]}':fontsize=44:fontcolor=white:x=(w-text_w)/2:y=(h-text_h)/2-10:enable='gte(t,$((i * s)))*lt(t,$(((i + 1) * s)))',"
  done
  f+="drawtext=fontfile=$FONT_REG:text='$title':fontsize=22:fontcolor=white@0.9:x=24:y=20,"
  f+="drawtext=fontfile=$FONT_REG:text='%{eif\:t\:d} s / $d s':fontsize=20:fontcolor=white:x=w-text_w-24:y=20[bg];"
  # A pointer sweeping across each slide and a progress bar growing over the whole clip.
  f+="color=c=0xffd166:s=16x16:d=$d[dot];color=c=white@0.85:s=640x8:d=$d[bar];"
  f+="[bg][dot]overlay=x='40+(W-96)*mod(t,$s)/$s':y='H*0.72':eval=frame[a];"
  f+="[a][bar]overlay=x='-W+W*t/$d':y='H-8':eval=frame[v]"
  printf '%s' "$f"
}

# tone DURATION SLIDE_SECONDS: a soft tone whose pitch steps up with each slide, silent between slides.
tone() { printf "aevalsrc='0.12*sin(2*PI*(330+110*floor(t/%s))*t)*lt(mod(t,%s),%s-0.5)':s=48000:c=mono:d=%s" "$2" "$2" "$2" "$1"; }

make_lesson() {
  # The first colour is the first slide's and the clip's background.
  local name=$1 d=$2 s=$3 title=$4 base=$5; shift 4
  local filter; filter=$(lesson_filter "$d" "$s" "$title" "$@")
  ffmpeg -y -loglevel error -f lavfi -i "color=c=$base:s=640x360:r=25:d=$d" -f lavfi -i "$(tone "$d" "$s")" \
    -filter_complex "$filter" -map '[v]' -map 1:a -t "$d" \
    "${WEBM[@]}" -c:a libopus -b:a 24k "$name.webm"
  ffmpeg -y -loglevel error -f lavfi -i "color=c=$base:s=640x360:r=25:d=$d" -f lavfi -i "$(tone "$d" "$s")" \
    -filter_complex "$filter" -map '[v]' -map 1:a -t "$d" \
    "${MP4[@]}" "${KEYS[@]}" -c:a aac -b:a 32k "$name.mp4"
}

make_lesson lesson-1 16 4 'Seoul Learn demo - Lesson 1' 0x1d4e89 0x2a7f62 0x8c4a2f 0x5b3f8c \
  '1  Goals' '2  Concept' '3  Example' '4  Summary'
make_lesson lesson-2 12 4 'Seoul Learn demo - Lesson 2' 0x3d405b 0x81523f 0x2f6f73 \
  '1  Review' '2  Practice' '3  Check'

# Posters: a title card per lesson (WebP, what the player shows before the first play).
# poster NAME BASE_COLOUR ACCENT TITLE SUBTITLE
poster() {
  ffmpeg -y -loglevel error -f lavfi -i "color=c=$2:s=640x360:d=1" -frames:v 1 -vf \
"drawbox=x=0:y=ih-12:w=iw:h=12:c=$3:t=fill,drawbox=x=48:y=132:w=56:h=6:c=$3:t=fill,\
drawtext=fontfile=$FONT_REG:text='Seoul Learn demo':fontsize=22:fontcolor=white@0.85:x=48:y=96,\
drawtext=fontfile=$FONT:text='$4':fontsize=52:fontcolor=white:x=48:y=158,\
drawtext=fontfile=$FONT_REG:text='$5':fontsize=24:fontcolor=white@0.9:x=48:y=228" \
    -c:v libwebp -quality 72 "$1-poster.webp"
}
poster lesson-1 0x1d4e89 0xffd166 'Lesson 1' 'Goals, Concept, Example, Summary'
poster lesson-2 0x3d405b 0xffd166 'Lesson 2' 'Review, Practice, Check'

# HLS rendition of lesson 1: the MP4's streams copied into 4 s fragmented-MP4 segments.
# (fMP4 rather than MPEG-TS because dev servers such as Vite and @web/dev-server would treat
# `.ts` segment files as TypeScript.)
rm -f hls/lesson-1*
ffmpeg -y -loglevel error -i lesson-1.mp4 -c copy -f hls -hls_time 4 -hls_playlist_type vod \
  -hls_segment_type fmp4 -hls_fmp4_init_filename lesson-1-init.mp4 \
  -hls_segment_filename 'hls/lesson-1-%d.m4s' hls/lesson-1.m3u8

# Sign-language stand-in: a small silent clip (a figure whose hands move) as long as lesson 1.
SIGN="[0:v]drawbox=x=62:y=70:w=36:h=50:c=0x30415d:t=fill,drawbox=x=68:y=34:w=24:h=28:c=0xe0b896:t=fill[body];"
SIGN+="color=c=0xe0b896:s=12x12:d=16[l];color=c=0xe0b896:s=12x12:d=16[r];"
SIGN+="[body][l]overlay=x='48+14*sin(2*PI*t/1.6)':y='78+10*cos(2*PI*t/2.1)':eval=frame[b1];"
SIGN+="[b1][r]overlay=x='100-14*sin(2*PI*t/1.3)':y='80+12*sin(2*PI*t/1.9)':eval=frame,"
SIGN+="drawtext=fontfile=$FONT:text='KSL':fontsize=12:fontcolor=0x30415d:x=6:y=6[v]"
ffmpeg -y -loglevel error -f lavfi -i 'color=c=0xf4efe6:s=160x120:r=15:d=16' -filter_complex "$SIGN" -map '[v]' -an -t 16 \
  "${WEBM[@]}" sign-1.webm
ffmpeg -y -loglevel error -f lavfi -i 'color=c=0xf4efe6:s=160x120:r=15:d=16' -filter_complex "$SIGN" -map '[v]' -an -t 16 \
  "${MP4[@]}" sign-1.mp4

for f in *.webm *.mp4 *.webp; do
  printf '%-14s %7s bytes  %s s\n' "$f" "$(stat -c %s "$f")" \
    "$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$f")"
done
du -cb . | tail -1

# A one-page lesson-notes PDF (standard Helvetica, so no font is embedded), written by hand with
# correct cross-reference offsets.
python3 - <<'PY'
lines = [
    "Seoul Learn demo - lesson notes",
    "",
    "1. Goals: read the learning goals before you press play.",
    "2. Concept: write the definition in your own words.",
    "3. Example: pause the video and try the example first.",
    "4. Summary: sum up the lesson in one sentence.",
    "",
    "Check questions are on the worksheet (worksheet-1.txt).",
    "This is demo material for Seoul Learn Elements.",
]
text = "BT /F1 14 Tf 56 780 Td 20 TL " + " ".join(
    "(" + l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '" for l in lines
) + " ET"
objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
    "/Resources << /Font << /F1 5 0 R >> >> >>",
    f"<< /Length {len(text)} >>\nstream\n{text}\nendstream",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
]
out = b"%PDF-1.4\n"
offsets = []
for i, body in enumerate(objects, 1):
    offsets.append(len(out))
    out += f"{i} 0 obj\n{body}\nendobj\n".encode("latin-1")
xref = len(out)
out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
open("lesson-notes.pdf", "wb").write(out)
PY
