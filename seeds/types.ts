import type { AgencyKind } from '../db/schema/agencies';
import type { API_ACCESS, API_AUTH, Protocol } from '../db/schema/apis';
import type { Category, DataRole, Hosting, Scope } from '../db/schema/applications';
import type { Confidence } from '../db/schema/common';
import type { DATA_KINDS, Sensitivity } from '../db/schema/data';
import type { SharedField } from '../db/schema/functions';
import type { ReferenceDomain } from '../db/schema/reference';

/** A code of the national reference architecture, levels 1–2 (`RAB.09`, `RAB.09.06`). */
export interface ReferenceCodeSeed {
  domain: ReferenceDomain;
  code: string;
  level: 1 | 2;
  /** Code of the level-1 parent, for level-2 codes. */
  parent?: string;
  title: string;
  titleEn: string;
  description?: string;
  confidence: Confidence;
  sourceNote?: string;
}

/** A catalogue business function (level 3), e.g. `RAB.09.06.01` under `RAB.09.06`. */
export interface FunctionSeed {
  code: string;
  /** Level-2 RAB or RAL code this function sits under. */
  parent: string;
  title: string;
  titleEn: string;
  description: string;
  /** One of the eight fields an Aplikasi Umum may cover, when the function belongs to one. */
  sharedField?: SharedField;
}

/** A data entity under a level-2 RAD code. */
export interface DataEntitySeed {
  code: string;
  parent: string;
  name: string;
  nameEn: string;
  description: string;
  sensitivity: Sensitivity;
  personalData: boolean;
  dataKind: (typeof DATA_KINDS)[number];
  /** Agency code of the steward (wali data), e.g. `KEMENDAGRI`. */
  steward?: string;
}

/** A central ministry or agency (regions come from idn-area-data). */
export interface AgencySeed {
  code: string;
  name: string;
  shortName?: string;
  kind: Extract<AgencyKind, 'kementerian' | 'lembaga'>;
  website?: string;
  sourceNote?: string;
}

export interface ApiSeed {
  name: string;
  apiVersion?: string;
  description: string;
  protocol: Protocol;
  baseUrl?: string;
  documentationUrl?: string;
  access: (typeof API_ACCESS)[number];
  auth: (typeof API_AUTH)[number];
  splpPublished: boolean;
  /** Data entity codes the API exposes. */
  dataEntities: string[];
  /** A few known operations (method + path + summary), for search before a spec is imported. */
  operations?: { method: string; path: string; summary: string; tags?: string[] }[];
}

/** A national shared (`umum`) or sector application, with what is known of it. */
export interface SharedAppSeed {
  name: string;
  acronym: string;
  /** Owner agency code. */
  owner: string;
  unit?: string;
  description: string;
  category: Category;
  /** `national` for every Aplikasi Umum and every mandated national sector platform. */
  scope: Scope;
  /** For a national sector platform: the regulation that mandates it (stored before the source note). */
  mandate?: string;
  /** `RAA.01.01` / `RAA.01.02` for Aplikasi Umum, `RAA.02.01` / `RAA.02.02` for sector ones. */
  raa: string;
  hosting?: Hosting;
  url?: string;
  launchYear?: number;
  functions: string[];
  dataEntities: { code: string; role: DataRole }[];
  apis: ApiSeed[];
  confidence: Confidence;
  sourceNote: string;
}
