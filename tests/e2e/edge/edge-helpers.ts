// Shared by the edge specs: the database behind the cluster.
import type pg from "pg";
import { edgeDatabaseUrl, withDatabase } from "../db";

export function withEdgeDatabase<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  return withDatabase(fn, edgeDatabaseUrl());
}
