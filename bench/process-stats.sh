# Whole-process measurements for bench/run and bench/compare-pandoc (sourced, not run).
#
# Wall time is taken with bash's EPOCHREALTIME (microseconds) around each run, because
# /usr/bin/time prints wall time in hundredths of a second, too coarse for a 5 ms target. CPU time
# (user + system) is the growth of bash's `times` for its children over each run (milliseconds):
# on a shared machine it is the steady figure, as wall time grows with the load.
# Peak memory (maximum resident set size) comes from /usr/bin/time -f %M, in separate runs, so
# its own start-up is not in the wall times. Both include starting the process, as a user sees it.

# process_stats RUNS FRESH_PATH COMMAND...
# Runs COMMAND RUNS times (after one untimed warm-up run that fills the page cache), removing
# FRESH_PATH (an output; "" for none) before each run, so every run writes its outputs anew.
# Sets STATS_MEDIAN_MS, STATS_MIN_MS, STATS_MAX_MS, STATS_CPU_MEDIAN_MS and STATS_PEAK_RSS_MIB;
# fails if COMMAND fails.
process_stats() {
  local runs=$1 fresh=$2
  shift 2
  local -a micros=() cpu_micros=()
  local i start end cpu_start
  CPU_TIMES_FILE=$(mktemp)
  for ((i = -1; i < runs; i++)); do
    [[ -n $fresh ]] && rm -rf "$fresh"
    children_cpu_micros
    cpu_start=$CHILDREN_CPU_MICROS
    start=${EPOCHREALTIME/[.,]/}
    if ! "$@" >/dev/null 2>&1; then
      echo "process_stats: the command failed: $*" >&2
      return 1
    fi
    end=${EPOCHREALTIME/[.,]/}
    children_cpu_micros
    ((i >= 0)) && micros+=($((end - start))) && cpu_micros+=($((CHILDREN_CPU_MICROS - cpu_start)))
  done
  local -a sorted
  mapfile -t sorted < <(printf '%s\n' "${micros[@]}" | sort -n)
  STATS_MIN_MS=$(micros_to_ms "${sorted[0]}")
  STATS_MAX_MS=$(micros_to_ms "${sorted[runs - 1]}")
  STATS_MEDIAN_MS=$(micros_to_ms "${sorted[runs / 2]}")
  mapfile -t sorted < <(printf '%s\n' "${cpu_micros[@]}" | sort -n)
  STATS_CPU_MEDIAN_MS=$(micros_to_ms "${sorted[runs / 2]}")
  rm -f "$CPU_TIMES_FILE"

  local rss_file peak=0 rss
  rss_file=$(mktemp)
  for ((i = 0; i < 3; i++)); do
    [[ -n $fresh ]] && rm -rf "$fresh"
    /usr/bin/time -f '%M' -o "$rss_file" "$@" >/dev/null 2>&1
    rss=$(tail -n 1 "$rss_file")
    ((rss > peak)) && peak=$rss
  done
  rm -f "$rss_file"
  [[ -n $fresh ]] && rm -rf "$fresh"
  STATS_PEAK_RSS_MIB=$(awk -v k="$peak" 'BEGIN { printf "%.1f", k / 1024 }')
}

micros_to_ms() { awk -v u="$1" 'BEGIN { printf "%.1f", u / 1000 }'; }

# Sets CHILDREN_CPU_MICROS: the user + system time of this shell's finished children so far. Only
# builtins and no command substitution, so that no child of its own is counted: `times` into
# CPU_TIMES_FILE, read back with mapfile.
children_cpu_micros() {
  local -a lines
  times >"$CPU_TIMES_FILE"
  mapfile -t lines <"$CPU_TIMES_FILE"
  CHILDREN_CPU_MICROS=0
  add_times_micros "${lines[1]%% *}" # user
  add_times_micros "${lines[1]##* }" # system
}

# add_times_micros 1m2.345s: adds 62345000 to CHILDREN_CPU_MICROS.
add_times_micros() {
  local minutes=${1%%m*} seconds=${1#*m}
  seconds=${seconds%s}
  ((CHILDREN_CPU_MICROS += ((minutes * 60 + 10#${seconds%.*}) * 1000 + 10#${seconds#*.}) * 1000))
}



# print_stats LABEL: one line from the last process_stats.
print_stats() {
  printf '%-48s wall median %7s ms (min %s, max %s)   CPU median %7s ms   peak RSS %6s MiB\n' \
    "$1" "$STATS_MEDIAN_MS" "$STATS_MIN_MS" "$STATS_MAX_MS" "$STATS_CPU_MEDIAN_MS" "$STATS_PEAK_RSS_MIB"
}
