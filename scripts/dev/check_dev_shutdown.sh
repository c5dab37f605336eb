#!/usr/bin/env bash
# Checks that stopping `npm run dev` stops all of it: npm, `node ace serve --hmr` and the HTTP
# server it starts (Vite runs inside that server). For each case it starts `npm run dev` in a
# session of its own, waits until the port answers, stops it and then looks for leftovers:
#   sigint   SIGINT to the whole process group (Ctrl+C in a terminal not in raw mode)
#   sigterm  SIGTERM to the npm process only (a supervisor, `kill <pid>`)
#   tty      Ctrl+C typed into a real terminal (tmux), which `ace serve` reads in raw mode
# Usage (from anywhere, after npm install):
#   scripts/dev/check_dev_shutdown.sh [sigint|sigterm|tty ...]     default: all three
# PORT (default 3333) must be free. A .env that `npm run dev` creates is removed again.
# Exits 0 when no case left a process behind; leftovers are listed, and killed when they
# belong to the `npm run dev` this script started.
set -u
cd "$(dirname "$0")/../.." || exit 1
ROOT=$PWD
export PATH="$ROOT/node_modules/.bin:$PATH"
export PORT=${PORT:-3333}
START_LIMIT=${START_LIMIT:-240} # seconds until the server answers (a first run migrates, seeds)
STOP_LIMIT=${STOP_LIMIT:-15}    # seconds until everything is gone
LOG_DIR=$(mktemp -d)
CASES=("$@")
[ ${#CASES[@]} -eq 0 ] && CASES=(sigint sigterm tty)

had_env=0
[ -e .env ] && had_env=1
trap '[ $had_env = 0 ] && rm -f "$ROOT/.env"' EXIT

answers() { curl -s -o /dev/null --max-time 2 "http://localhost:$PORT/"; }
alive() { ps -o stat= -p "$1" 2>/dev/null | grep -qv '^Z'; }

# The dev server's processes anywhere (ace serve, bin/server) running in this project.
project_dev_pids() {
  for pid in $(pgrep -f 'ace(\.js)? serve|bin/server\.(js|ts)'); do
    [ "$(readlink "/proc/$pid/cwd" 2>/dev/null)" = "$ROOT" ] && alive "$pid" && echo "$pid"
  done
}

# Members of session $1 and all descendants of its leader, living or not.
session_pids() {
  ps -eo pid=,ppid=,sid= | awk -v s="$1" '
    { parent[$1] = $2; if ($3 == s) member[$1] = 1 }
    END {
      for (p in parent) {
        for (q = p; q in parent && q != 1 && q != 0; q = parent[q]) if (q == s) { member[p] = 1; break }
      }
      for (p in member) print p
    }'
}

# Living processes of the snapshot $1 (pids), of session $2, and of the project's dev server.
leftovers() {
  for pid in $({ echo "$1"; session_pids "$2"; project_dev_pids; } | sort -un); do
    alive "$pid" && echo "$pid $(ps -o args= -p "$pid")"
  done
}

run_case() {
  local name=$1 log="$LOG_DIR/$1.log" sock="devcheck$$" sid snapshot t since left line status=0
  echo "== $name"
  if answers || [ -n "$(project_dev_pids)" ]; then
    echo "  port $PORT answers or a dev server runs in $ROOT already: stop it first"
    return 1
  fi
  if [ "$name" = tty ]; then
    if ! command -v tmux > /dev/null; then
      echo "  skipped: no tmux"
      return 0
    fi
    tmux -L "$sock" new-session -d -x 200 -y 50 -c "$ROOT" 'npm run dev' \; \
      set-option remain-on-exit on
    sid=$(tmux -L "$sock" display-message -p '#{pane_pid}')
  else
    setsid npm run dev > "$log" 2>&1 < /dev/null &
    sid=$! # without job control setsid does not fork: npm leads the new session
  fi
  echo "  npm run dev: session $sid"

  t=0
  until answers; do
    sleep 1
    t=$((t + 1))
    if [ $t -ge "$START_LIMIT" ]; then
      echo "  FAIL: port $PORT did not answer within ${START_LIMIT}s"
      status=1
      break
    fi
  done
  snapshot=$(session_pids "$sid")
  if [ $status = 0 ]; then
    echo "  answers after ${t}s; running:"
    leftovers "$snapshot" "$sid" | sed 's/^/    /'
    case $name in
      sigint) kill -INT -- "-$sid" ;;
      sigterm) kill -TERM "$sid" ;;
      tty) tmux -L "$sock" send-keys C-c ;;
    esac
    t=0
    since=$(date +%s%N)
    while left=$(leftovers "$snapshot" "$sid") && { [ -n "$left" ] || answers; }; do
      if [ $t -ge $((STOP_LIMIT * 10)) ]; then
        echo "  FAIL: after ${STOP_LIMIT}s still running:"
        while IFS= read -r line; do echo "    $line"; done <<< "$left"
        answers && echo "    (and port $PORT still answers)"
        status=1
        break
      fi
      sleep 0.1
      t=$((t + 1))
    done
    [ $status = 0 ] && echo "  all stopped $((($(date +%s%N) - since) / 1000000)) ms after the signal"
  fi
  [ "$name" = tty ] && tmux -L "$sock" capture-pane -p -S -200 -t 0 > "$log" 2> /dev/null
  # Whatever of this run is left is ended (only processes this script started).
  for pid in $({ echo "$snapshot"; session_pids "$sid"; } | sort -un); do
    alive "$pid" && kill -KILL "$pid" 2> /dev/null
  done
  [ "$name" = tty ] && tmux -L "$sock" kill-server 2> /dev/null
  return $status
}

failed=0
for name in "${CASES[@]}"; do
  case $name in
    sigint | sigterm | tty) run_case "$name" || failed=1 ;;
    *)
      echo "unknown case: $name (sigint, sigterm, tty)"
      failed=1
      ;;
  esac
done
echo "logs: $LOG_DIR"
if [ $failed = 0 ]; then echo "dev shutdown: OK"; else echo "dev shutdown: FAILED"; fi
exit $failed
