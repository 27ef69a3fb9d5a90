#!/usr/bin/env bash
# Regenerates the announcer's voice clips and chime (device-drivers/src/main/resources/
# org/sportello/devices/voice/clips). Run once after changing a word or the voice; the WAVs are
# committed so neither builds nor kiosks need a TTS engine.
#
# Needs: espeak-ng and sox (Debian: apt-get install espeak-ng sox). See README.md beside this file.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../src/main/resources/org/sportello/devices/voice/clips"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

command -v espeak-ng >/dev/null || { echo "espeak-ng missing: apt-get install espeak-ng" >&2; exit 1; }
command -v sox >/dev/null || { echo "sox missing: apt-get install sox" >&2; exit 1; }

# 16 kHz mono 16-bit PCM: small, and what QueuedAnnouncer plays. -D: no dither, so reruns give
# the same bytes. The silence effects trim espeak's leading and trailing pauses; the announcer
# puts its own short gaps between clips.
to_clip() {
  sox -D "$1" -r 16000 -c 1 -b 16 -e signed-integer "$2" \
    silence 1 0.01 0.5% reverse silence 1 0.01 0.5% reverse norm -3
}

speak() { # lang voice name ssml-text
  local lang="$1" voice="$2" name="$3" text="$4"
  mkdir -p "$out/$lang"
  espeak-ng -v "$voice" -s 140 -m -w "$work/raw.wav" "$text"
  to_clip "$work/raw.wav" "$out/$lang/$name.wav"
}

for spec in "it:it:numero:numero" "it:it:sportello:sportello" "en:en-gb:number:number" "en:en-gb:counter:counter"; do
  IFS=: read -r lang voice name word <<<"$spec"
  speak "$lang" "$voice" "$name" "$word"
done

for lang_voice in it:it en:en-gb; do
  lang="${lang_voice%%:*}"; voice="${lang_voice#*:}"
  for c in A B C D E F G H I J K L M N O P Q R S T U V W X Y Z 0 1 2 3 4 5 6 7 8 9; do
    # say-as characters: the letter's name ("bi", "acca"; "bee", "aitch"), never a word like "a".
    speak "$lang" "$voice" "$c" "<say-as interpret-as=\"characters\">$c</say-as>"
  done
done

# Chime: two soft sine tones, G5 then E5 ("ding-dong"), with fades so there is no click.
sox -D -n -r 16000 -c 1 -b 16 -e signed-integer "$work/ding.wav" synth 0.45 sine 784 fade q 0.01 0.45 0.40 vol 0.45
sox -D -n -r 16000 -c 1 -b 16 -e signed-integer "$work/dong.wav" synth 0.70 sine 659 fade q 0.01 0.70 0.65 vol 0.45
sox -D "$work/ding.wav" "$work/dong.wav" "$out/chime.wav"

echo "clips written to $out"
