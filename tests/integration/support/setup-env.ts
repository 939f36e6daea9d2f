// Points this worker's Prisma client at the database the started app uses.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.ORG_CENTER_TEST_BASE_URL = inject("baseUrl");
