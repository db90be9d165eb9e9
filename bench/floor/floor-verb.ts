/**
 * The benchmark floor's card verb, apart from the floor itself so the benchmark can use it
 * without loading restify (which patches Node's HTTP responses in the process that loads it).
 */
export const FLOOR_VERB = "floor.click";
