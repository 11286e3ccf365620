// Generated from the app's OpenAPI document by test/openapi-client.e2e-spec.ts; do not edit.
export interface paths {
    "/api/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The change feed of the published catalog, in commit order, with a cursor
         * @description Follow nextCursor from the start and apply each change (published/updated: fetch the listing; unpublished: drop it) to hold exactly the published catalog.
         */
        get: operations["listChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/technologies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search published listings (Korean or English) with filters and facets
         * @description With `updatedSince` or `cursor` it is a bulk read for sync instead (from Postgres): whole listings in change order. Answers carry a weak ETag of the body and Last-Modified (the last change to the published catalog); If-None-Match / If-Modified-Since give 304.
         */
        get: operations["searchTechnologies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/search/reindex": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rebuild the search index from Postgres without downtime */
        post: operations["reindexSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/search/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Outbox rows that failed every attempt (kept for inspection) */
        get: operations["listDeadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API keys (never their secrets) */
        get: operations["listApiKeys"];
        put?: never;
        /** Create an API key (the secret is shown once) */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key (it stops working at once) */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is calling: the API key or the signed-in staff user (with the session’s CSRF token) */
        get: operations["getCurrentCaller"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List staff users, oldest first */
        get: operations["listStaffUsers"];
        put?: never;
        /** Invite a person by e-mail (a one-time link, valid 72 hours, to choose a password) */
        post: operations["inviteStaffUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One staff user */
        get: operations["getStaffUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change role, disable or enable, rename, or set the console language
         * @description Disabling ends every session of the person at once. The last active admin can be neither disabled nor demoted.
         */
        patch: operations["updateStaffUser"];
        trace?: never;
    };
    "/api/v1/admin/people/{id}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a new invitation link (earlier links stop working) */
        post: operations["resendStaffInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The accounts audit log, newest first: sign-ins, failures, resets, role changes */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The area tree with counts of published listings */
        get: operations["listAreas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The area tree with counts of all listings, drafts and retired areas included */
        get: operations["listAreasAdmin"];
        put?: never;
        /** Create a level-1 area, or a level-2 area under an active level-1 one */
        post: operations["createArea"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/areas/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One area, with its version as ETag */
        get: operations["getArea"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename, reorder, or move a level-2 area under another parent
         * @description Listings in the area are re-indexed in the same transaction, so public search finds them by the new names within seconds.
         */
        patch: operations["updateArea"];
        trace?: never;
    };
    "/api/v1/admin/areas/{code}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire an area; its listings, if any, move to `moveListingsTo` in one transaction */
        post: operations["retireArea"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/technologies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List listings in every status, with filters */
        get: operations["listTechnologiesAdmin"];
        put?: never;
        /** Create a listing (as a draft), optionally with patents */
        post: operations["createTechnology"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/technologies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One listing in any status (ETag = version) */
        get: operations["getTechnologyAdmin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change fields of a listing; needs the version you read */
        patch: operations["updateTechnology"];
        trace?: never;
    };
    "/api/v1/admin/technologies/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a draft (it must be complete in both languages) */
        post: operations["publishTechnology"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/technologies/{id}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a published listing back to draft */
        post: operations["unpublishTechnology"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/technologies/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a draft or published listing (it leaves the public catalog) */
        post: operations["archiveTechnology"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/technologies/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring an archived listing back as a draft */
        post: operations["restoreTechnology"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/technologies/{idOrSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One published listing with its patents
         * @description ETag is the version; Last-Modified its last change. If-None-Match / If-Modified-Since give 304.
         */
        get: operations["getTechnology"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/technologies/{technologyId}/patents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a patent; the number is validated and normalized for its office */
        post: operations["addPatent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/technologies/{technologyId}/patents/{patentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a patent from the listing */
        delete: operations["removePatent"];
        options?: never;
        head?: never;
        /** Change a patent (status, dates, number, …) */
        patch: operations["updatePatent"];
        trace?: never;
    };
    "/api/v1/technologies/{idOrSlug}/inquiries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask about licensing a published listing
         * @description Answers 201 with a reference and a secret status link (also e-mailed). The same e-mail, listing and message sent again within the duplicate window answer 200 with the existing reference and no new link.
         */
        post: operations["createInquiry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inquiries/{reference}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The partner's view of an inquiry: status and the history shared with them */
        get: operations["getInquiryStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inquiries/{reference}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an open inquiry */
        post: operations["withdrawInquiry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inquiries/{reference}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write to the office about an open inquiry */
        post: operations["sendInquiryMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/inquiries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List inquiries with filters (status, listing, assignee, dates, words) */
        get: operations["listInquiries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/inquiries/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counts per state, the funnel, median time to first response, counts per listing */
        get: operations["getInquiryStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/inquiries/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** CSV of the inquiries created in a date range (UTF-8 with BOM, for Excel) */
        get: operations["exportInquiries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/inquiries/{reference}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One inquiry with its full history */
        get: operations["getInquiry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Set or clear the assignee */
        patch: operations["assignInquiry"];
        trace?: never;
    };
    "/api/v1/admin/inquiries/{reference}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move an inquiry to its next state, or decline it (the partner is told) */
        post: operations["transitionInquiry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/inquiries/{reference}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an internal note (never shown to the partner) */
        post: operations["addInquiryNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/inquiries/{reference}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write to the partner (shown on their status page and e-mailed) */
        post: operations["addInquiryMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Import jobs, newest first */
        get: operations["listImports"];
        put?: never;
        /**
         * Upload a CSV or JSON file of listings; it is imported as a background job
         * @description Idempotent by referenceCode: rows that match their listing change nothing, changed rows update it, new ones are created. Poll the job for progress; rows with errors are listed at errorsUrl. See the README for the columns.
         */
        post: operations["startImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import job with its progress */
        get: operations["getImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/imports/{id}/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import for real the file a finished dry run checked (once): a new job */
        post: operations["applyImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/imports/{id}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rows that did not go in: row, referenceCode, field, message (CSV) */
        get: operations["getImportErrors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/showcases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Showcases, most recently changed first */
        get: operations["listShowcases"];
        put?: never;
        /** Create a showcase (a draft) with its listings in order */
        post: operations["createShowcase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/showcases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One showcase, with its version as ETag */
        get: operations["getShowcase"];
        put?: never;
        post?: never;
        /** Delete a showcase and its counters */
        delete: operations["deleteShowcase"];
        options?: never;
        head?: never;
        /** Change fields; `listings` replaces the whole ordered list (add, remove, reorder) */
        patch: operations["updateShowcase"];
        trace?: never;
    };
    "/api/v1/admin/showcases/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish: needs an introduction in both languages and a published listing */
        post: operations["publishShowcase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/showcases/{id}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take the page offline (a draft) */
        post: operations["unpublishShowcase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/showcases/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What came of a showcase: page views, PDF downloads, QR scans, listing views and inquiries (with where they stand), in total and per listing. Counts only, no personal data. */
        get: operations["getShowcaseReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Follow a search by e-mail
         * @description Sends a confirmation link to the address (double opt-in); nothing else is sent until it is followed. Then a digest (weekly or daily) lists the listings newly published or substantially updated that match. Every mail links to one-click unsubscribe (RFC 8058) and to a page with all alerts of the address. The answer is the same whether or not the address already follows the search.
         */
        post: operations["followSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up (no dependencies checked) */
        get: operations["healthLive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ready to serve: Postgres and Meilisearch reachable, index in step with Postgres
         * @description The same shape at 200 and 503. `status` is `ok`; `degraded` (still 200: serving, but there are dead-lettered outbox rows or the search index differs from the published listings while it is repaired); or `down` (503 with Retry-After: Postgres or Meilisearch unreachable).
         */
        get: operations["healthReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ChangeDto: {
            /**
             * @description `published`: now public (fetch it); `updated`: changed while public (fetch it); `unpublished`: no longer public (drop it)
             * @enum {string}
             */
            type: "published" | "updated" | "unpublished";
            /**
             * Format: uuid
             * @description The listing id (stable)
             */
            id: string;
            /** @example lung-cancer-ldct-screening-ai */
            slug: string;
            /**
             * @description The listing version after the change
             * @example 3
             */
            version: number;
            /** Format: date-time */
            occurredAt: string;
        };
        ChangeFeedPageDto: {
            /** @description In commit order */
            items: components["schemas"]["ChangeDto"][];
            /** @description Send as `since` for the next page. With no new changes it is the cursor you sent, so keep polling with it. */
            nextCursor: string;
            /** @description More changes are waiting right now */
            hasMore: boolean;
        };
        SearchHighlightDto: {
            /** @description HTML: the text escaped (& < > " ' as entities), with <mark>…</mark> around matches; safe to insert as HTML */
            titleKo?: string;
            titleEn?: string;
            /** @description HTML like titleKo: about 30 words around the matches (… where cut), with <mark>…</mark> around them */
            summaryKo?: string;
            summaryEn?: string;
        };
        SearchItemDto: {
            /** Format: uuid */
            id: string;
            slug: string;
            referenceCode: string;
            titleKo: string | null;
            titleEn: string | null;
            summaryKo: string | null;
            summaryEn: string | null;
            highlight: components["schemas"]["SearchHighlightDto"];
            areaCodes: string[];
            trl: number | null;
            /** @enum {string|null} */
            stage: "discovery" | "preclinical" | "clinical" | "approved" | "prototype" | "validated" | "cleared" | null;
            modality: string | null;
            licenseTypes: ("exclusive" | "non_exclusive" | "option" | "co_development" | "sponsored_research")[];
            jurisdictions: ("KR" | "US" | "EP" | "PCT" | "WO" | "JP" | "CN")[];
            /** @enum {string|null} */
            bestPatentStatus: "pending" | "granted" | "abandoned" | "expired" | "withdrawn" | null;
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** @description Increases on every change of the listing */
            version: number;
        };
        SearchFacetsDto: {
            /**
             * @description Counts per area code (both levels)
             * @example {
             *       "diagnostics": 12,
             *       "diagnostics.biomarkers": 5
             *     }
             */
            area: Record<string, never>;
            /**
             * @example {
             *       "preclinical": 4
             *     }
             */
            stage: Record<string, never>;
            /**
             * @example {
             *       "4": 3
             *     }
             */
            trl: Record<string, never>;
            /**
             * @example {
             *       "KR": 10,
             *       "US": 6
             *     }
             */
            jurisdiction: Record<string, never>;
            /**
             * @example {
             *       "granted": 7
             *     }
             */
            patentStatus: Record<string, never>;
            /**
             * @example {
             *       "exclusive": 9
             *     }
             */
            licenseType: Record<string, never>;
        };
        SearchResultDto: {
            items: components["schemas"]["SearchItemDto"][];
            page: number;
            perPage: number;
            total: number;
            facets: components["schemas"]["SearchFacetsDto"];
            /** @description The query as understood: the parameters, plus `patentNumbers` when `q` is a patent number (matched exactly), `searchedFor` when particles were read off Korean words, and `concepts` ({ id, ko, en, narrower }) it names, whose other labels and narrower concepts are searched too (listings with the words as typed rank first). `literal=true` turns all of that off. */
            query: Record<string, never>;
        };
        AreaChildDto: {
            /** @example diagnostics.biomarkers */
            code: string;
            /** @example diagnostics */
            parentCode: string | null;
            /** @example 바이오마커 */
            nameKo: string;
            /** @example Biomarkers */
            nameEn: string;
            position: number;
            /** @description Number of listings in this area */
            count: number;
        };
        InventorDto: {
            /** @example 김수빈 */
            nameKo?: string;
            /** @example Su-bin Kim */
            nameEn?: string;
            /** @example 영상의학과 */
            departmentKo?: string;
            /** @example Department of Radiology */
            departmentEn?: string;
        };
        PatentDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            jurisdiction: "KR" | "US" | "EP" | "PCT" | "WO" | "JP" | "CN";
            /**
             * @description As entered
             * @example 10-2023-0123456
             */
            numberRaw: string;
            /**
             * @description Canonical form for matching
             * @example KR1020230123456
             */
            numberNormalized: string;
            /**
             * @description Canonical form for people
             * @example 10-2023-0123456
             */
            numberDisplay: string;
            /** @example B1 */
            kindCode: string | null;
            /** @enum {string} */
            type: "application" | "publication" | "grant";
            /** @enum {string} */
            status: "pending" | "granted" | "abandoned" | "expired" | "withdrawn";
            /** Format: date */
            filingDate: string | null;
            /** Format: date */
            priorityDate: string | null;
            /** Format: date */
            publicationDate: string | null;
            /** Format: date */
            grantDate: string | null;
            familyId: string | null;
            title: string | null;
        };
        TechnologyDto: {
            /** Format: uuid */
            id: string;
            /** @example lung-cancer-ldct-screening-ai */
            slug: string;
            /** @example HOSP-T-2018-0001 */
            referenceCode: string;
            titleKo: string | null;
            titleEn: string | null;
            summaryKo: string | null;
            summaryEn: string | null;
            advantagesKo: string[];
            advantagesEn: string[];
            applicationsKo: string[];
            applicationsEn: string[];
            keywords: string[];
            /** @description Areas (count is 0 here) */
            areas: components["schemas"]["AreaChildDto"][];
            trl: number | null;
            /** @enum {string|null} */
            stage: "discovery" | "preclinical" | "clinical" | "approved" | "prototype" | "validated" | "cleared" | null;
            modality: string | null;
            indications: string[];
            licenseTypes: ("exclusive" | "non_exclusive" | "option" | "co_development" | "sponsored_research")[];
            inventors: components["schemas"]["InventorDto"][];
            patents: components["schemas"]["PatentDto"][];
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            lastVerifiedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description Increases on every change; send it back when updating
             * @example 3
             */
            version: number;
        };
        CatalogSyncPageDto: {
            /** @description Whole published listings, in change order */
            items: components["schemas"]["TechnologyDto"][];
            /** @description Send as `cursor` for the next page */
            nextCursor: string;
            /** @description More listings are waiting */
            hasMore: boolean;
            /** @description The change feed position when this page was read: keep the one from your first page and follow GET /api/v1/changes from it after the full sync */
            changesCursor: string;
        };
        ReindexReportDto: {
            /** @example technologies */
            index: string;
            /** @description Published listings loaded into the new index */
            indexed: number;
            /** @description Listings changed during the rebuild, re-queued for the index */
            replayed: number;
            durationMs: number;
        };
        DeadLetterDto: {
            id: string;
            /** @example search */
            topic: string;
            /** @description The listing id (for topic search) */
            aggregateKey: string;
            attempts: number;
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deadAt: string;
        };
        DeadLetterPageDto: {
            items: components["schemas"]["DeadLetterDto"][];
            page: number;
            perPage: number;
            total: number;
        };
        CreateApiKeyDto: {
            /** @example Partner portal (BostonBio) */
            name: string;
            /**
             * @example integrator
             * @enum {string}
             */
            role: "admin" | "curator" | "integrator";
        };
        CreatedApiKeyDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "curator" | "integrator";
            /**
             * @description Visible start of the key, to recognise it
             * @example htc_3fK9a2Qx
             */
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsedAt?: string | null;
            /** Format: date-time */
            revokedAt?: string | null;
            /** @description The secret key. Shown only in this response; store it now. */
            key: string;
        };
        ApiKeyDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "curator" | "integrator";
            /**
             * @description Visible start of the key, to recognise it
             * @example htc_3fK9a2Qx
             */
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsedAt?: string | null;
            /** Format: date-time */
            revokedAt?: string | null;
        };
        ApiKeyPageDto: {
            items: components["schemas"]["ApiKeyDto"][];
            page: number;
            perPage: number;
            total: number;
        };
        StaffUserDto: {
            /** Format: uuid */
            id: string;
            /** @example minji.kim@hanbit-hospital.example */
            email: string;
            displayName: string;
            /** @enum {string} */
            role: "admin" | "curator";
            /** @enum {string} */
            status: "invited" | "active" | "disabled";
            /** @enum {string} */
            language: "ko" | "en";
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastSignInAt: string | null;
        };
        CurrentCallerDto: {
            /** @enum {string} */
            kind: "api-key" | "staff";
            name: string;
            /** @enum {string} */
            role: "admin" | "curator" | "integrator";
            /** @description For a signed-in staff user */
            user?: components["schemas"]["StaffUserDto"];
            /** @description For a session: send it as X-CSRF-Token on every state-changing request */
            csrfToken?: string;
        };
        InviteStaffDto: {
            /** @example minji.kim@hanbit-hospital.example */
            email: string;
            /** @example Minji Kim */
            displayName: string;
            /**
             * @example curator
             * @enum {string}
             */
            role: "admin" | "curator";
            /**
             * @description Console and mail language
             * @default ko
             * @enum {string}
             */
            language?: "ko" | "en";
        };
        StaffUserPageDto: {
            items: components["schemas"]["StaffUserDto"][];
            page: number;
            perPage: number;
            total: number;
        };
        UpdateStaffDto: {
            /** @description The version you read (or send If-Match) */
            version?: number;
            /** @enum {string} */
            role?: "admin" | "curator";
            /**
             * @description Disabling ends the person’s sessions at once; enabling lets them sign in again
             * @enum {string}
             */
            status?: "active" | "disabled";
            displayName?: string;
            /** @enum {string} */
            language?: "ko" | "en";
        };
        AuditEventDto: {
            id: string;
            /** @enum {string} */
            action: "setup.completed" | "sign_in.succeeded" | "sign_in.failed" | "sign_out" | "sign_out.everywhere" | "invitation.sent" | "invitation.accepted" | "password_reset.requested" | "password_reset.completed" | "role.changed" | "user.disabled" | "user.enabled" | "user.updated";
            /** Format: uuid */
            actorUserId: string | null;
            /** Format: uuid */
            subjectUserId: string | null;
            /** @description Client address of the request */
            clientAddress: string | null;
            /**
             * @example {
             *       "reason": "wrong_password"
             *     }
             */
            details: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            createdAt: string;
        };
        AuditEventPageDto: {
            items: components["schemas"]["AuditEventDto"][];
            page: number;
            perPage: number;
            total: number;
        };
        AreaNodeDto: {
            /** @example diagnostics.biomarkers */
            code: string;
            /** @example diagnostics */
            parentCode: string | null;
            /** @example 바이오마커 */
            nameKo: string;
            /** @example Biomarkers */
            nameEn: string;
            position: number;
            /** @description Number of listings in this area */
            count: number;
            children?: components["schemas"]["AreaChildDto"][];
        };
        AreaTreeDto: {
            items: components["schemas"]["AreaNodeDto"][];
        };
        AdminAreaChildDto: {
            /** @example diagnostics.biomarkers */
            code: string;
            /** @example diagnostics */
            parentCode: string | null;
            /** @example 바이오마커 */
            nameKo: string;
            /** @example Biomarkers */
            nameEn: string;
            position: number;
            /** @description Number of listings in this area */
            count: number;
            version: number;
            /** Format: date-time */
            retiredAt: string | null;
        };
        AdminAreaNodeDto: {
            /** @example diagnostics.biomarkers */
            code: string;
            /** @example diagnostics */
            parentCode: string | null;
            /** @example 바이오마커 */
            nameKo: string;
            /** @example Biomarkers */
            nameEn: string;
            position: number;
            /** @description Number of listings in this area */
            count: number;
            version: number;
            /** Format: date-time */
            retiredAt: string | null;
            children?: components["schemas"]["AdminAreaChildDto"][];
        };
        AdminAreaTreeDto: {
            /** @description Every area, retired ones included */
            items: components["schemas"]["AdminAreaNodeDto"][];
        };
        CreateAreaDto: {
            /**
             * @description Stable code. Level 1: lower-case words joined by hyphens; level 2: the parent code, a dot and lower-case words.
             * @example medical-devices.implants
             */
            code: string;
            /** @description Omit or null for level 1 */
            parentCode?: string | null;
            nameKo: string;
            nameEn: string;
            /** @description Place among its siblings, from 0 (default: last) */
            position?: number;
        };
        AdminAreaDto: {
            /** @example medical-devices.implants */
            code: string;
            /** @example medical-devices */
            parentCode: string | null;
            /** @example 임플란트 */
            nameKo: string;
            /** @example Implants */
            nameEn: string;
            /** @description Order among its siblings, from 0 */
            position: number;
            version: number;
            /** Format: date-time */
            retiredAt: string | null;
            /** @description Listings (any status) classified in this area itself */
            listings: number;
        };
        UpdateAreaDto: {
            nameKo?: string;
            nameEn?: string;
            /** @description Move a level-2 area under another level-1 area */
            parentCode?: string;
            /** @description New place among its siblings, from 0 */
            position?: number;
            /** @description The version you read; or send it as If-Match. Required one way or the other. */
            version?: number;
        };
        RetireAreaDto: {
            /**
             * @description Where the area's listings go (required when it has any); moved in the same transaction
             * @example medical-devices.monitoring
             */
            moveListingsTo?: string;
            /** @description The version you read; or send it as If-Match. */
            version?: number;
        };
        CreatePatentDto: {
            /**
             * @example pending
             * @enum {string}
             */
            status?: "pending" | "granted" | "abandoned" | "expired" | "withdrawn";
            /**
             * @description WIPO ST.16 kind code, when known
             * @example B2
             */
            kindCode?: string | null;
            /** Format: date */
            filingDate?: string | null;
            /** Format: date */
            priorityDate?: string | null;
            /** Format: date */
            publicationDate?: string | null;
            /** Format: date */
            grantDate?: string | null;
            /** @example FAM-0001 */
            familyId?: string | null;
            title?: string | null;
            /**
             * @example KR
             * @enum {string}
             */
            jurisdiction: "KR" | "US" | "EP" | "PCT" | "WO" | "JP" | "CN";
            /**
             * @description As printed by the office; any common form (spaces, commas, dashes, prefixes) is accepted and normalized
             * @example 10-2023-0123456
             */
            number: string;
            /**
             * @example application
             * @enum {string}
             */
            type: "application" | "publication" | "grant";
        };
        CreateTechnologyDto: {
            /**
             * @description Made from titleEn when omitted; fixed once the listing has been published
             * @example cd19-car-t-lymphoma
             */
            slug?: string;
            /** @example 저선량 흉부 CT 폐암 검진 인공지능 */
            titleKo?: string | null;
            /** @example AI for lung cancer screening on low-dose chest CT */
            titleEn?: string | null;
            /** @description Non-confidential summary in Korean */
            summaryKo?: string | null;
            /** @description Non-confidential summary in English */
            summaryEn?: string | null;
            /** @description Key points, each ≤ 500 characters */
            advantagesKo?: string[];
            advantagesEn?: string[];
            applicationsKo?: string[];
            applicationsEn?: string[];
            /**
             * @example [
             *       "폐암",
             *       "lung cancer",
             *       "LDCT"
             *     ]
             */
            keywords?: string[];
            /**
             * @description Area codes (see GET /api/v1/areas)
             * @example [
             *       "digital-health.ai-imaging"
             *     ]
             */
            areaCodes?: string[];
            /** @description Technology readiness level */
            trl?: number | null;
            /** @enum {string|null} */
            stage?: "discovery" | "preclinical" | "clinical" | "approved" | "prototype" | "validated" | "cleared" | null;
            /** @example small molecule */
            modality?: string | null;
            /**
             * @example [
             *       "lung cancer"
             *     ]
             */
            indications?: string[];
            licenseTypes?: ("exclusive" | "non_exclusive" | "option" | "co_development" | "sponsored_research")[];
            inventors?: components["schemas"]["InventorDto"][];
            /** @description TTO manager; private */
            contactName?: string | null;
            /** @description TTO manager e-mail; private, never public or indexed */
            contactEmail?: string | null;
            /**
             * Format: date-time
             * @description When the TTO last checked the listing is accurate
             */
            lastVerifiedAt?: string | null;
            /**
             * @description The office's own code; unique
             * @example HOSP-T-2024-0007
             */
            referenceCode: string;
            patents?: components["schemas"]["CreatePatentDto"][];
        };
        AdminTechnologyDto: {
            /** Format: uuid */
            id: string;
            /** @example lung-cancer-ldct-screening-ai */
            slug: string;
            /** @example HOSP-T-2018-0001 */
            referenceCode: string;
            titleKo: string | null;
            titleEn: string | null;
            summaryKo: string | null;
            summaryEn: string | null;
            advantagesKo: string[];
            advantagesEn: string[];
            applicationsKo: string[];
            applicationsEn: string[];
            keywords: string[];
            /** @description Areas (count is 0 here) */
            areas: components["schemas"]["AreaChildDto"][];
            trl: number | null;
            /** @enum {string|null} */
            stage: "discovery" | "preclinical" | "clinical" | "approved" | "prototype" | "validated" | "cleared" | null;
            modality: string | null;
            indications: string[];
            licenseTypes: ("exclusive" | "non_exclusive" | "option" | "co_development" | "sponsored_research")[];
            inventors: components["schemas"]["InventorDto"][];
            patents: components["schemas"]["PatentDto"][];
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            lastVerifiedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description Increases on every change; send it back when updating
             * @example 3
             */
            version: number;
            /** @enum {string} */
            status: "draft" | "published" | "archived";
            contactName: string | null;
            contactEmail: string | null;
            /** Format: date-time */
            archivedAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        AdminTechnologySummaryDto: {
            /** Format: uuid */
            id: string;
            slug: string;
            referenceCode: string;
            /** @enum {string} */
            status: "draft" | "published" | "archived";
            titleKo: string | null;
            titleEn: string | null;
            areaCodes: string[];
            trl: number | null;
            /** @enum {string|null} */
            stage: "discovery" | "preclinical" | "clinical" | "approved" | "prototype" | "validated" | "cleared" | null;
            patentCount: number;
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        AdminTechnologyPageDto: {
            items: components["schemas"]["AdminTechnologySummaryDto"][];
            page: number;
            perPage: number;
            total: number;
        };
        UpdateTechnologyDto: {
            /**
             * @description Made from titleEn when omitted; fixed once the listing has been published
             * @example cd19-car-t-lymphoma
             */
            slug?: string;
            /** @example 저선량 흉부 CT 폐암 검진 인공지능 */
            titleKo?: string | null;
            /** @example AI for lung cancer screening on low-dose chest CT */
            titleEn?: string | null;
            /** @description Non-confidential summary in Korean */
            summaryKo?: string | null;
            /** @description Non-confidential summary in English */
            summaryEn?: string | null;
            /** @description Key points, each ≤ 500 characters */
            advantagesKo?: string[];
            advantagesEn?: string[];
            applicationsKo?: string[];
            applicationsEn?: string[];
            /**
             * @example [
             *       "폐암",
             *       "lung cancer",
             *       "LDCT"
             *     ]
             */
            keywords?: string[];
            /**
             * @description Area codes (see GET /api/v1/areas)
             * @example [
             *       "digital-health.ai-imaging"
             *     ]
             */
            areaCodes?: string[];
            /** @description Technology readiness level */
            trl?: number | null;
            /** @enum {string|null} */
            stage?: "discovery" | "preclinical" | "clinical" | "approved" | "prototype" | "validated" | "cleared" | null;
            /** @example small molecule */
            modality?: string | null;
            /**
             * @example [
             *       "lung cancer"
             *     ]
             */
            indications?: string[];
            licenseTypes?: ("exclusive" | "non_exclusive" | "option" | "co_development" | "sponsored_research")[];
            inventors?: components["schemas"]["InventorDto"][];
            /** @description TTO manager; private */
            contactName?: string | null;
            /** @description TTO manager e-mail; private, never public or indexed */
            contactEmail?: string | null;
            /**
             * Format: date-time
             * @description When the TTO last checked the listing is accurate
             */
            lastVerifiedAt?: string | null;
            /** @example HOSP-T-2024-0007 */
            referenceCode?: string;
            /** @description The version you read; or send it as If-Match. Required one way or the other. */
            version?: number;
        };
        LifecycleBodyDto: {
            /** @description The version you read (optional; If-Match works too) */
            version?: number;
        };
        UpdatePatentDto: {
            /** @enum {string} */
            status?: "pending" | "granted" | "abandoned" | "expired" | "withdrawn";
            /**
             * @description WIPO ST.16 kind code, when known
             * @example B2
             */
            kindCode?: string | null;
            /** Format: date */
            filingDate?: string | null;
            /** Format: date */
            priorityDate?: string | null;
            /** Format: date */
            publicationDate?: string | null;
            /** Format: date */
            grantDate?: string | null;
            /** @example FAM-0001 */
            familyId?: string | null;
            title?: string | null;
            /** @enum {string} */
            jurisdiction?: "KR" | "US" | "EP" | "PCT" | "WO" | "JP" | "CN";
            /** @example 10-2345678 */
            number?: string;
            /** @enum {string} */
            type?: "application" | "publication" | "grant";
        };
        CreateInquiryDto: {
            /** @example Jane Park */
            name: string;
            /** @example jane.park@biotech.example */
            email: string;
            /** @example Charles River Biotherapeutics */
            organization: string;
            /**
             * @description ISO 3166-1 alpha-2 country code
             * @example US
             */
            country: string;
            /** @example Director, Business Development */
            role?: string;
            /** @example +1 617 555 0100 */
            phone?: string;
            /** @enum {string} */
            interest: "license" | "co_development" | "sponsored_research" | "evaluation" | "other";
            /**
             * @description Plain text; shown as text, never as HTML
             * @example We would like to evaluate this platform for an oncology program.
             */
            message: string;
            /**
             * @description Consent to be contacted about this inquiry
             * @enum {boolean}
             */
            consent: true;
            /**
             * @description Language for our e-mails
             * @default en
             * @enum {string}
             */
            language?: "ko" | "en";
            /**
             * @description Where the partner found the listing; links and QR codes of a showcase carry it as `?source=`
             * @example showcase:boston-bio-ai-night-2026
             */
            source?: string;
        };
        InquiryCreatedDto: {
            /** @example INQ-2026-000042 */
            reference: string;
            /**
             * @example new
             * @enum {string}
             */
            status: "new" | "triaged" | "in_discussion" | "under_cda" | "negotiating" | "licensed" | "declined" | "withdrawn";
            /** @description The secret link to follow the inquiry (also sent by e-mail). Null when this was a repeated submission: then use the link from the first confirmation. */
            statusUrl: string | null;
            /** @description True when the same inquiry was already received recently; nothing new was created */
            duplicate: boolean;
        };
        LocalizedLabelDto: {
            ko: string;
            en: string;
        };
        InquiryListingDto: {
            /** Format: uuid */
            id: string;
            slug: string;
            referenceCode: string;
            titleKo: string | null;
            titleEn: string | null;
        };
        PartnerHistoryEntryDto: {
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            type: "created" | "status_changed" | "message";
            /** @enum {string} */
            author: "partner" | "office";
            /** @enum {string|null} */
            status: "new" | "triaged" | "in_discussion" | "under_cda" | "negotiating" | "licensed" | "declined" | "withdrawn" | null;
            message: string | null;
        };
        PartnerInquiryDto: {
            /** @example INQ-2026-000042 */
            reference: string;
            /** @enum {string} */
            status: "new" | "triaged" | "in_discussion" | "under_cda" | "negotiating" | "licensed" | "declined" | "withdrawn";
            statusLabel: components["schemas"]["LocalizedLabelDto"];
            /** @enum {string|null} */
            declineReason: "not_available" | "field_exclusive_granted" | "insufficient_fit" | "no_response" | "other" | null;
            declineReasonLabel: components["schemas"]["LocalizedLabelDto"] | null;
            /** @enum {string} */
            interest: "license" | "co_development" | "sponsored_research" | "evaluation" | "other";
            technology: components["schemas"]["InquiryListingDto"];
            /** @description Whether it can still be withdrawn or written to */
            open: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            history: components["schemas"]["PartnerHistoryEntryDto"][];
        };
        PartnerWithdrawDto: {
            /** @description The secret token from the status link */
            token: string;
            /** @description Why, if you like */
            message?: string;
        };
        PartnerMessageDto: {
            /** @description The secret token from the status link */
            token: string;
            message: string;
        };
        AdminInquirySummaryDto: {
            /** @example INQ-2026-000042 */
            reference: string;
            /** @enum {string} */
            status: "new" | "triaged" | "in_discussion" | "under_cda" | "negotiating" | "licensed" | "declined" | "withdrawn";
            technology: components["schemas"]["InquiryListingDto"];
            name: string;
            email: string;
            organization: string;
            /** @example US */
            country: string;
            /** @enum {string} */
            interest: "license" | "co_development" | "sponsored_research" | "evaluation" | "other";
            assignee: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            firstResponseAt: string | null;
            version: number;
        };
        AdminInquiryPageDto: {
            items: components["schemas"]["AdminInquirySummaryDto"][];
            page: number;
            perPage: number;
            total: number;
        };
        StatusCountDto: {
            /** @enum {string} */
            status: "new" | "triaged" | "in_discussion" | "under_cda" | "negotiating" | "licensed" | "declined" | "withdrawn";
            /** @description Inquiries in this state now */
            current: number;
            /** @description Inquiries that ever reached this state */
            reached: number;
        };
        TechnologyInquiryCountDto: {
            technology: components["schemas"]["InquiryListingDto"];
            total: number;
            /** @description Not yet licensed, declined or withdrawn */
            open: number;
            licensed: number;
        };
        InquiryStatsDto: {
            from: string | null;
            to: string | null;
            total: number;
            /** @description Per state: now, and ever reached (funnel) */
            byStatus: components["schemas"]["StatusCountDto"][];
            /** @description Declined inquiries per reason */
            declineReasons: {
                [key: string]: number;
            };
            /** @description Median hours from receipt to the first status change or message the partner saw (answered inquiries only) */
            medianHoursToFirstResponse: number | null;
            /** @description Inquiries still waiting for a first response */
            awaitingFirstResponse: number;
            /** @description Per listing, most asked first */
            byTechnology: components["schemas"]["TechnologyInquiryCountDto"][];
        };
        InquiryEventDto: {
            id: string;
            /** @enum {string} */
            type: "created" | "status_changed" | "assigned" | "note" | "message";
            /** @enum {string} */
            actor: "partner" | "staff" | "system";
            /** @description The API key name of the staff member */
            actorName: string | null;
            /** @enum {string|null} */
            fromStatus: "new" | "triaged" | "in_discussion" | "under_cda" | "negotiating" | "licensed" | "declined" | "withdrawn" | null;
            /** @enum {string|null} */
            toStatus: "new" | "triaged" | "in_discussion" | "under_cda" | "negotiating" | "licensed" | "declined" | "withdrawn" | null;
            body: string | null;
            details: {
                [key: string]: string | null;
            };
            visibleToPartner: boolean;
            /** Format: date-time */
            at: string;
        };
        AdminInquiryDto: {
            /** @example INQ-2026-000042 */
            reference: string;
            /** @enum {string} */
            status: "new" | "triaged" | "in_discussion" | "under_cda" | "negotiating" | "licensed" | "declined" | "withdrawn";
            technology: components["schemas"]["InquiryListingDto"];
            name: string;
            email: string;
            organization: string;
            /** @example US */
            country: string;
            /** @enum {string} */
            interest: "license" | "co_development" | "sponsored_research" | "evaluation" | "other";
            assignee: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            firstResponseAt: string | null;
            version: number;
            role: string | null;
            phone: string | null;
            message: string;
            /** @enum {string} */
            language: "ko" | "en";
            /** @description Where the partner came from, e.g. showcase:<slug> */
            source: string | null;
            /** Format: date-time */
            consentedAt: string;
            /** @enum {string|null} */
            declineReason: "not_available" | "field_exclusive_granted" | "insufficient_fit" | "no_response" | "other" | null;
            declineNote: string | null;
            /** Format: date-time */
            closedAt: string | null;
            /** @description Where it can go next */
            allowedTransitions: ("new" | "triaged" | "in_discussion" | "under_cda" | "negotiating" | "licensed" | "declined" | "withdrawn")[];
            /** @description Every change, oldest first */
            history: components["schemas"]["InquiryEventDto"][];
        };
        InquiryTransitionDto: {
            /** @description The version you read (or send If-Match) */
            version?: number;
            /**
             * @description The state to move to
             * @enum {string}
             */
            status: "new" | "triaged" | "in_discussion" | "under_cda" | "negotiating" | "licensed" | "declined" | "withdrawn";
            /**
             * @description Required when declining
             * @enum {string}
             */
            declineReason?: "not_available" | "field_exclusive_granted" | "insufficient_fit" | "no_response" | "other";
            /** @description Internal explanation of the decline; required with reason "other" */
            declineNote?: string;
            /** @description A message to the partner sent with the change (visible to them) */
            message?: string;
        };
        InquiryAssignDto: {
            /** @description The version you read (or send If-Match) */
            version?: number;
            /** @description Who handles it (name or address); null to unassign */
            assignee: string | null;
        };
        InquiryTextDto: {
            /** @description The version you read (or send If-Match) */
            version?: number;
            body: string;
        };
        ImportUploadDto: {
            /**
             * Format: binary
             * @description .csv or .json (UTF-8)
             */
            file: string;
            /**
             * @description Publish every imported listing
             * @default false
             */
            publish?: boolean;
            /**
             * @description Check and count only; write nothing
             * @default false
             */
            dryRun?: boolean;
        };
        ImportJobDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed";
            fileName: string;
            /** @enum {string} */
            format: "csv" | "json";
            publish: boolean;
            dryRun: boolean;
            /** @description Rows in the file */
            totalRows: number;
            /** @description Rows done so far */
            processedRows: number;
            created: number;
            updated: number;
            unchanged: number;
            /** @description Listings this import published */
            published: number;
            /** @description Rows not imported because of errors */
            failedRows: number;
            /** @description Why the whole job failed */
            failure: string | null;
            /** @description Where the per-row errors are, as CSV */
            errorsUrl: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            startedAt: string | null;
            /** Format: date-time */
            finishedAt: string | null;
        };
        ImportJobPageDto: {
            items: components["schemas"]["ImportJobDto"][];
            page: number;
            perPage: number;
            total: number;
        };
        AdminShowcaseSummaryDto: {
            /** Format: uuid */
            id: string;
            slug: string;
            titleKo: string;
            titleEn: string;
            /** Format: date */
            eventDate: string | null;
            /** @enum {string} */
            visibility: "public" | "unlisted";
            /** @enum {string} */
            status: "draft" | "published";
            listingCount: number;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        AdminShowcasePageDto: {
            items: components["schemas"]["AdminShowcaseSummaryDto"][];
            page: number;
            perPage: number;
            total: number;
        };
        ShowcaseEventDto: {
            /** @example BOSTON-SEOUL BIO & AI Night */
            name: string;
            /**
             * Format: date
             * @example 2026-10-14
             */
            date: string;
            /** @example Cambridge Innovation Center, Boston */
            place?: string;
            /** @example Korea Health Industry Development Institute */
            organizer?: string;
        };
        CreateShowcaseDto: {
            /**
             * @description The listings in order: ids, slugs or reference codes. Listings added must be published; one unpublished later drops out of the public page until it is published again.
             * @example [
             *       "HOSP-T-2024-0007",
             *       "lung-cancer-ldct-screening-ai"
             *     ]
             */
            listings?: string[];
            /**
             * @description The page address; made from the English title when left out
             * @example boston-bio-ai-night-2026
             */
            slug?: string;
            introKo?: string | null;
            introEn?: string | null;
            /** @description null removes it */
            event?: components["schemas"]["ShowcaseEventDto"] | null;
            /**
             * @default unlisted
             * @enum {string}
             */
            visibility?: "public" | "unlisted";
            /** @example 보스턴-서울 바이오·AI 나이트 */
            titleKo: string;
            /** @example BOSTON-SEOUL BIO & AI Night */
            titleEn: string;
        };
        ShowcaseEventViewDto: {
            name: string;
            /** Format: date */
            date: string;
            place: string | null;
            organizer: string | null;
        };
        ShowcaseListingDto: {
            /** Format: uuid */
            id: string;
            slug: string;
            referenceCode: string;
            titleKo: string | null;
            titleEn: string | null;
            /**
             * @description Only published listings appear on the public page and in the booklet
             * @enum {string}
             */
            status: "draft" | "published" | "archived";
        };
        ShowcaseLinksDto: {
            /** @description The public page in Korean */
            pageKo: string;
            /** @description The public page in English */
            pageEn: string;
            bookletKo: string;
            bookletEn: string;
            /** @description QR code (SVG) opening the English page */
            qrSvg: string;
            /** @description QR code (PNG) opening the English page */
            qrPng: string;
        };
        AdminShowcaseDto: {
            /** Format: uuid */
            id: string;
            slug: string;
            titleKo: string;
            titleEn: string;
            introKo: string | null;
            introEn: string | null;
            event: components["schemas"]["ShowcaseEventViewDto"] | null;
            /** @enum {string} */
            visibility: "public" | "unlisted";
            /** @enum {string} */
            status: "draft" | "published";
            listings: components["schemas"]["ShowcaseListingDto"][];
            links: components["schemas"]["ShowcaseLinksDto"];
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        UpdateShowcaseDto: {
            /**
             * @description The listings in order: ids, slugs or reference codes. Listings added must be published; one unpublished later drops out of the public page until it is published again.
             * @example [
             *       "HOSP-T-2024-0007",
             *       "lung-cancer-ldct-screening-ai"
             *     ]
             */
            listings?: string[];
            /**
             * @description The page address; made from the English title when left out
             * @example boston-bio-ai-night-2026
             */
            slug?: string;
            introKo?: string | null;
            introEn?: string | null;
            /** @description null removes it */
            event?: components["schemas"]["ShowcaseEventDto"] | null;
            /**
             * @default unlisted
             * @enum {string}
             */
            visibility?: "public" | "unlisted";
            /** @example 보스턴-서울 바이오·AI 나이트 */
            titleKo?: string;
            /** @example BOSTON-SEOUL BIO & AI Night */
            titleEn?: string;
            /** @description The version you read (or send If-Match) */
            version?: number;
        };
        ShowcaseLifecycleDto: {
            /** @description The version you read (or send If-Match) */
            version?: number;
        };
        ShowcaseCountsDto: {
            /** @description Views of the showcase page */
            pageViews: number;
            /** @description Listing pages opened from the showcase (page, PDF or QR) */
            listingViews: number;
            /** @description Booklet and one-pager downloads */
            pdfDownloads: number;
            /** @description Visits through a QR code */
            qrScans: number;
            /** @description Inquiries whose source is this showcase */
            inquiries: number;
            /**
             * @description Those inquiries by where they now stand in the workflow
             * @example {
             *       "new": 1,
             *       "in_discussion": 2
             *     }
             */
            inquiriesByStatus: {
                [key: string]: number;
            };
        };
        ShowcaseListingReportDto: {
            /** @description Views of the showcase page */
            pageViews: number;
            /** @description Listing pages opened from the showcase (page, PDF or QR) */
            listingViews: number;
            /** @description Booklet and one-pager downloads */
            pdfDownloads: number;
            /** @description Visits through a QR code */
            qrScans: number;
            /** @description Inquiries whose source is this showcase */
            inquiries: number;
            /**
             * @description Those inquiries by where they now stand in the workflow
             * @example {
             *       "new": 1,
             *       "in_discussion": 2
             *     }
             */
            inquiriesByStatus: {
                [key: string]: number;
            };
            listing: components["schemas"]["ShowcaseListingDto"];
        };
        ShowcaseReportDto: {
            /** @description The whole showcase */
            totals: components["schemas"]["ShowcaseCountsDto"];
            /** @description Per listing of the showcase (and any listing its inquiries named) */
            listings: components["schemas"]["ShowcaseListingReportDto"][];
        };
        AlertSearchDto: {
            /**
             * @description Words in Korean or English, an inventor, a patent number…
             * @example 폐암 조기 진단
             */
            q?: string;
            /**
             * @description Search only the words of `q` as typed: no synonyms, concepts, typo tolerance, Korean particle reading or patent-number parsing
             * @default false
             */
            literal?: boolean;
            /**
             * @description Area code, repeatable; a level-1 code matches its children
             * @example [
             *       "diagnostics"
             *     ]
             */
            area?: string[];
            trlMin?: number;
            trlMax?: number;
            stage?: ("discovery" | "preclinical" | "clinical" | "approved" | "prototype" | "validated" | "cleared")[];
            jurisdiction?: ("KR" | "US" | "EP" | "PCT" | "WO" | "JP" | "CN")[];
            patentStatus?: ("pending" | "granted" | "abandoned" | "expired" | "withdrawn")[];
            licenseType?: ("exclusive" | "non_exclusive" | "option" | "co_development" | "sponsored_research")[];
        };
        CreateAlertDto: {
            /** @example jane.park@biotech.example */
            email: string;
            /** @description Leave out to follow the whole catalog */
            search?: components["schemas"]["AlertSearchDto"];
            /**
             * @default weekly
             * @enum {string}
             */
            cadence?: "weekly" | "daily";
            /**
             * @description Language of the mails
             * @default en
             * @enum {string}
             */
            language?: "ko" | "en";
        };
        AlertRequestedDto: {
            /** @enum {string} */
            status: "pending";
            /** @example If the address can receive mail, a confirmation link is on its way. */
            detail: string;
        };
        DependencyCheckDto: {
            /** @enum {string} */
            status: "up" | "down";
        };
        OutboxCheckDto: {
            /** @enum {string} */
            status: "up" | "degraded" | "unknown";
            /** @description Rows waiting to be relayed */
            pending: number | null;
            /** @description Age of the oldest waiting row */
            oldestSeconds: number | null;
            /** @description Rows the receiver rejected on every attempt, not resolved since */
            dead: number | null;
        };
        IndexCheckDto: {
            /** @enum {string} */
            status: "up" | "degraded";
            /** @description Published listings missing from the index */
            missing: number;
            /** @description Listings indexed with an older or other version */
            stale: number;
            /** @description Indexed listings that are not published */
            extra: number;
            /**
             * Format: date-time
             * @description When the reconciler last compared the index with Postgres
             */
            checkedAt: string | null;
        };
        ReadinessChecksDto: {
            postgres: components["schemas"]["DependencyCheckDto"];
            meilisearch: components["schemas"]["DependencyCheckDto"];
            outbox: components["schemas"]["OutboxCheckDto"];
            index: components["schemas"]["IndexCheckDto"];
        };
        ReadinessDto: {
            /** @enum {string} */
            status: "ok" | "degraded" | "down";
            checks: components["schemas"]["ReadinessChecksDto"];
        };
        FieldErrorDto: {
            /** @example patents[1].number */
            field: string;
            /** @example not a valid KR number: use 10-2023-0123456 (application) or 10-2345678 (registration) */
            message: string;
        };
        ProblemDto: {
            /** @example /problems/common-validation-failed */
            type: string;
            /** @example The request is not valid */
            title: string;
            /** @example 400 */
            status: number;
            /** @example titleEn: titleEn must be shorter than or equal to 300 characters */
            detail: string;
            /** @example /api/v1/admin/technologies */
            instance?: string;
            /**
             * @description Stable machine-readable error code
             * @example common.validation_failed
             */
            code: string;
            /** @example c1b7f1f2-3a7e-4a55-9a2f-3f4f0e1b2c3d */
            requestId?: string;
            errors?: components["schemas"]["FieldErrorDto"][];
            /**
             * @description On 409 version conflicts: the version now stored
             * @example 4
             */
            currentVersion?: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listChanges: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page; omit to start from the beginning */
                since?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeFeedPageDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limited (per client address, or per integrator key); see Retry-After and RateLimit-* */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    searchTechnologies: {
        parameters: {
            query?: {
                /** @description Words in Korean or English, an inventor, a patent number… */
                q?: string;
                /** @description Search only the words of `q` as typed: no synonyms, concepts, typo tolerance, Korean particle reading or patent-number parsing */
                literal?: boolean;
                /** @description Area code, repeatable; a level-1 code matches its children */
                area?: string[];
                trlMin?: number;
                trlMax?: number;
                stage?: ("discovery" | "preclinical" | "clinical" | "approved" | "prototype" | "validated" | "cleared")[];
                jurisdiction?: ("KR" | "US" | "EP" | "PCT" | "WO" | "JP" | "CN")[];
                patentStatus?: ("pending" | "granted" | "abandoned" | "expired" | "withdrawn")[];
                licenseType?: ("exclusive" | "non_exclusive" | "option" | "co_development" | "sponsored_research")[];
                modality?: string[];
                sort?: "relevance" | "newest" | "trl";
                page?: number;
                perPage?: number;
                /** @description Preferred language of highlights and snippets */
                lang?: "ko" | "en";
                /** @description Sync mode: full published listings changed at or after this time, in change order, paged by `cursor` (with `perPage`). Cannot be combined with search parameters. */
                updatedSince?: string;
                /** @description Sync mode: the nextCursor of the previous sync page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResultDto"] | components["schemas"]["CatalogSyncPageDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limited (per client address, or per integrator key); see Retry-After and RateLimit-* */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A backing service is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    reindexSearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReindexReportDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: stale version, duplicate, or a status change that is not allowed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A backing service is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listDeadLetters: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetterPageDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPageDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found (or not visible to this caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getCurrentCaller: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentCallerDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listStaffUsers: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffUserPageDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    inviteStaffUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteStaffDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffUserDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: stale version, duplicate, or a status change that is not allowed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request body too large (JSON bodies: 1 MB; import file uploads: 50 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getStaffUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffUserDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found (or not visible to this caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    updateStaffUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read, e.g. "3" */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStaffDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffUserDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found (or not visible to this caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: stale version, duplicate, or a status change that is not allowed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request body too large (JSON bodies: 1 MB; import file uploads: 50 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but not acceptable (e.g. not complete enough to publish) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    resendStaffInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffUserDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found (or not visible to this caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: stale version, duplicate, or a status change that is not allowed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPageDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listAreas: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaTreeDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limited (per client address, or per integrator key); see Retry-After and RateLimit-* */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listAreasAdmin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminAreaTreeDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createArea: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAreaDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminAreaDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: stale version, duplicate, or a status change that is not allowed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request body too large (JSON bodies: 1 MB; import file uploads: 50 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but not acceptable (e.g. not complete enough to publish) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getArea: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminAreaDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found (or not visible to this caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    updateArea: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read, e.g. "3" */
                "If-Match"?: string;
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAreaDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminAreaDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found (or not visible to this caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: stale version, duplicate, or a status change that is not allowed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request body too large (JSON bodies: 1 MB; import file uploads: 50 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but not acceptable (e.g. not complete enough to publish) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    retireArea: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read, e.g. "3" */
                "If-Match"?: string;
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetireAreaDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminAreaDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found (or not visible to this caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: stale version, duplicate, or a status change that is not allowed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request body too large (JSON bodies: 1 MB; import file uploads: 50 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but not acceptable (e.g. not complete enough to publish) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listTechnologiesAdmin: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description Repeatable */
                status?: ("draft" | "published" | "archived")[];
                /** @description Words in titles, reference code or slug */
                q?: string;
                /** @description Area code, repeatable; a level-1 code includes its children */
                area?: string[];
                sort?: "updated" | "-updated" | "created" | "-created" | "title" | "referenceCode";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminTechnologyPageDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createTechnology: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTechnologyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminTechnologyDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: stale version, duplicate, or a status change that is not allowed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request body too large (JSON bodies: 1 MB; import file uploads: 50 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but not acceptable (e.g. not complete enough to publish) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getTechnologyAdmin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Technology id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminTechnologyDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found (or not visible to this caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    updateTechnology: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read, e.g. "3" */
                "If-Match"?: string;
            };
            path: {
                /** @description Technology id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTechnologyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminTechnologyDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found (or not visible to this caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: stale version, duplicate, or a status change that is not allowed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request body too large (JSON bodies: 1 MB; import file uploads: 50 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but not acceptable (e.g. not complete enough to publish) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    publishTechnology: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read, e.g. "3" */
                "If-Match"?: string;
            };
            path: {
                /** @description Technology id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LifecycleBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminTechnologyDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found (or not visible to this caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: stale version, duplicate, or a status change that is not allowed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but not acceptable (e.g. not complete enough to publish) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    unpublishTechnology: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read, e.g. "3" */
                "If-Match"?: string;
            };
            path: {
                /** @description Technology id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LifecycleBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminTechnologyDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found (or not visible to this caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: stale version, duplicate, or a status change that is not allowed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    archiveTechnology: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read, e.g. "3" */
                "If-Match"?: string;
            };
            path: {
                /** @description Technology id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LifecycleBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminTechnologyDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found (or not visible to this caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: stale version, duplicate, or a status change that is not allowed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    restoreTechnology: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read, e.g. "3" */
                "If-Match"?: string;
            };
            path: {
                /** @description Technology id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LifecycleBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminTechnologyDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found (or not visible to this caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: stale version, duplicate, or a status change that is not allowed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getTechnology: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Listing id (UUID) or slug */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TechnologyDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found (or not visible to this caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limited (per client address, or per integrator key); see Retry-After and RateLimit-* */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    addPatent: {
        parameters: {
            query?: never;
            header?: {
                /** @description The technology's ETag (version) you read; optional for patents */
                "If-Match"?: string;
            };
            path: {
                technologyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePatentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatentDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found (or not visible to this caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: stale version, duplicate, or a status change that is not allowed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    removePatent: {
        parameters: {
            query?: never;
            header?: {
                /** @description The technology's ETag (version) you read; optional for patents */
                "If-Match"?: string;
            };
            path: {
                technologyId: string;
                patentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found (or not visible to this caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: stale version, duplicate, or a status change that is not allowed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    updatePatent: {
        parameters: {
            query?: never;
            header?: {
                /** @description The technology's ETag (version) you read; optional for patents */
                "If-Match"?: string;
            };
            path: {
                technologyId: string;
                patentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePatentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatentDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found (or not visible to this caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: stale version, duplicate, or a status change that is not allowed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createInquiry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Listing id (UUID) or slug */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInquiryDto"];
            };
        };
        responses: {
            /** @description A repeated submission */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryCreatedDto"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryCreatedDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found (or not visible to this caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request body too large (JSON bodies: 1 MB; import file uploads: 50 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limited (per client address, or per integrator key); see Retry-After and RateLimit-* */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getInquiryStatus: {
        parameters: {
            query: {
                /** @description The secret token from the status link */
                token: string;
            };
            header?: never;
            path: {
                reference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerInquiryDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found (or not visible to this caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limited (per client address, or per integrator key); see Retry-After and RateLimit-* */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    withdrawInquiry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartnerWithdrawDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerInquiryDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found (or not visible to this caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: stale version, duplicate, or a status change that is not allowed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request body too large (JSON bodies: 1 MB; import file uploads: 50 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limited (per client address, or per integrator key); see Retry-After and RateLimit-* */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    sendInquiryMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartnerMessageDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerInquiryDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found (or not visible to this caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: stale version, duplicate, or a status change that is not allowed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request body too large (JSON bodies: 1 MB; import file uploads: 50 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limited (per client address, or per integrator key); see Retry-After and RateLimit-* */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listInquiries: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description Created on or after. ISO 8601 date or date-time; a bare date covers the whole day (UTC) */
                from?: string;
                /** @description Created on or before. ISO 8601 date or date-time; a bare date covers the whole day (UTC) */
                to?: string;
                /** @description Repeatable */
                status?: ("new" | "triaged" | "in_discussion" | "under_cda" | "negotiating" | "licensed" | "declined" | "withdrawn")[];
                /** @description Only inquiries about this listing */
                technologyId?: string;
                /** @description Assignee as recorded; "none" for unassigned */
                assignee?: string;
                /** @description Words in the reference, organization, partner name or e-mail */
                q?: string;
                sort?: "-created" | "created" | "-updated" | "updated";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminInquiryPageDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getInquiryStats: {
        parameters: {
            query?: {
                /** @description Created on or after. ISO 8601 date or date-time; a bare date covers the whole day (UTC) */
                from?: string;
                /** @description Created on or before. ISO 8601 date or date-time; a bare date covers the whole day (UTC) */
                to?: string;
                /** @description Only inquiries about this listing */
                technologyId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryStatsDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    exportInquiries: {
        parameters: {
            query: {
                /** @description Created on or after. ISO 8601 date or date-time; a bare date covers the whole day (UTC) */
                from: string;
                /** @description Created on or before. ISO 8601 date or date-time; a bare date covers the whole day (UTC) */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/csv; one row per inquiry */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getInquiry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminInquiryDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found (or not visible to this caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    assignInquiry: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read, e.g. "3" */
                "If-Match"?: string;
            };
            path: {
                reference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InquiryAssignDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminInquiryDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found (or not visible to this caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: stale version, duplicate, or a status change that is not allowed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    transitionInquiry: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read, e.g. "3" */
                "If-Match"?: string;
            };
            path: {
                reference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InquiryTransitionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminInquiryDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found (or not visible to this caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: stale version, duplicate, or a status change that is not allowed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    addInquiryNote: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read, e.g. "3" */
                "If-Match"?: string;
            };
            path: {
                reference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InquiryTextDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminInquiryDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found (or not visible to this caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: stale version, duplicate, or a status change that is not allowed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    addInquiryMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read, e.g. "3" */
                "If-Match"?: string;
            };
            path: {
                reference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InquiryTextDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminInquiryDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found (or not visible to this caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: stale version, duplicate, or a status change that is not allowed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listImports: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobPageDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    startImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportUploadDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request body too large (JSON bodies: 1 MB; import file uploads: 50 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Error */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but not acceptable (e.g. not complete enough to publish) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Import job id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found (or not visible to this caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    applyImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Import job id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found (or not visible to this caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: stale version, duplicate, or a status change that is not allowed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getImportErrors: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Import job id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description UTF-8 CSV with a BOM */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found (or not visible to this caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listShowcases: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminShowcasePageDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createShowcase: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateShowcaseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminShowcaseDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: stale version, duplicate, or a status change that is not allowed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request body too large (JSON bodies: 1 MB; import file uploads: 50 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but not acceptable (e.g. not complete enough to publish) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getShowcase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminShowcaseDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found (or not visible to this caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    deleteShowcase: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag (version) you read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found (or not visible to this caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: stale version, duplicate, or a status change that is not allowed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    updateShowcase: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read, e.g. "3" */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateShowcaseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminShowcaseDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found (or not visible to this caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: stale version, duplicate, or a status change that is not allowed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request body too large (JSON bodies: 1 MB; import file uploads: 50 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but not acceptable (e.g. not complete enough to publish) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    publishShowcase: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read, e.g. "3" */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShowcaseLifecycleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminShowcaseDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found (or not visible to this caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: stale version, duplicate, or a status change that is not allowed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but not acceptable (e.g. not complete enough to publish) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    unpublishShowcase: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read, e.g. "3" */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShowcaseLifecycleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminShowcaseDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found (or not visible to this caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: stale version, duplicate, or a status change that is not allowed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getShowcaseReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShowcaseReportDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the required role, or a session request lacks its CSRF token or came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found (or not visible to this caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    followSearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAlertDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertRequestedDto"];
                };
            };
            /** @description Invalid input: unknown or malformed fields or query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request body too large (JSON bodies: 1 MB; import file uploads: 50 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but not acceptable (e.g. not complete enough to publish) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limited (per client address, or per integrator key); see Retry-After and RateLimit-* */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    healthLive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
        };
    };
    healthReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessDto"];
                };
            };
            /** @description A dependency is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessDto"];
                };
            };
        };
    };
}
