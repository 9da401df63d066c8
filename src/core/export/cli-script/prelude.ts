/**
 * The helpers every deploy.sh starts with. `fill` replaces each `${Name}` hole of a JSON
 * document with the variable's value (JSON-escaped; an unset one stops the script); the
 * documents write every literal `$` as `\u0024`, so only holes match. `call`
 * runs one AWS CLI call with the endpoint and region given, and prints the query's result;
 * `await_state` runs one until its answer says a resource is ready (or a call went through).
 * (Written with `@{` for the shell's `${`, which a template literal would read as its own.)
 */
export const PRELUDE = String.raw`endpoint=()
while (($#)); do
  case $1 in
    --endpoint-url) endpoint=(--endpoint-url "$2"); shift 2 ;;
    --endpoint-url=*) endpoint=(--endpoint-url "@{1#*=}"); shift ;;
    *) echo "deploy.sh: unknown argument: $1 (use --endpoint-url URL)" >&2; exit 2 ;;
  esac
done
if ((@{#endpoint[@]} == 0)) && [[ -n @{AWS_ENDPOINT_URL:-} ]]; then endpoint=(--endpoint-url "$AWS_ENDPOINT_URL"); fi
region=()
if [[ -n @{AWS_REGION:-} ]]; then region=(--region "$AWS_REGION"); fi

# fill: a JSON document on stdin, its @{Name} holes replaced by the variables' values.
fill() {
  local json name value
  json=$(cat)
  while [[ $json =~ \$\{([A-Za-z_][A-Za-z0-9_]*)\} ]]; do
    name=@{BASH_REMATCH[1]}
    if [[ ! -v $name ]]; then echo "deploy.sh: $name is not set (an earlier call did not print it)" >&2; exit 1; fi
    value=@{!name}
    value=@{value//\\/\\\\}
    value=@{value//\"/\\\"}
    json=@{json//"\@{$name}"/"$value"}
  done
  printf '%s' "$json"
}

# call SERVICE OPERATION QUERY: the input JSON on stdin; prints the query's result (text).
call() {
  local service=$1 operation=$2 query=$3 input
  input=$(fill)
  echo "aws $service $operation" >&2
  if [[ -n $query ]]; then
    aws "@{endpoint[@]}" "@{region[@]}" "$service" "$operation" --cli-input-json "$input" --query "$query" --output text
  else
    aws "@{endpoint[@]}" "@{region[@]}" "$service" "$operation" --cli-input-json "$input" --output text >/dev/null
  fi
}

# How long await_state waits for a resource AWS creates in the background (10 minutes by default).
wait_tries=@{DEPLOY_WAIT_TRIES:-120}
wait_seconds=@{DEPLOY_WAIT_SECONDS:-5}

# await_state SERVICE OPERATION QUERY WANT FAIL TRIES: the input JSON on stdin; runs the call
# until the first field the query prints is WANT, at most TRIES times, wait_seconds apart.
# Stops the script with what the call printed when that field is FAIL or the tries run out.
await_state() {
  local service=$1 operation=$2 query=$3 want=$4 fail=$5 tries=$6 input out state try
  input=$(fill)
  if ((tries > 1)); then echo "aws $service $operation (waiting for $want)" >&2; else echo "aws $service $operation" >&2; fi
  for ((try = 1; ; try++)); do
    out=$(aws "@{endpoint[@]}" "@{region[@]}" "$service" "$operation" --cli-input-json "$input" --query "$query" --output text)
    state=@{out%%$'\t'*}
    if [[ $state == "$want" ]]; then return 0; fi
    if [[ -n $fail && $state == "$fail" ]] || ((try >= tries)); then
      echo "deploy.sh: aws $service $operation printed '$out', not $want (check $try of $tries)" >&2
      exit 1
    fi
    sleep "$wait_seconds"
  done
}
`.replaceAll('@{', '$' + '{');
