CREATE TABLE `commitment_translations` (
	`commitment_id` integer NOT NULL,
	`locale` text NOT NULL,
	`title` text NOT NULL,
	`summary` text,
	`search_text` text NOT NULL,
	`title_sort_key` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_by` integer,
	PRIMARY KEY(`commitment_id`, `locale`),
	FOREIGN KEY (`commitment_id`) REFERENCES `commitments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "commitment_translations_locale_check" CHECK("locale" in ('ru', 'kk'))
);
--> statement-breakpoint
CREATE TABLE `metric_translations` (
	`metric_id` integer NOT NULL,
	`locale` text NOT NULL,
	`name` text NOT NULL,
	`unit_label` text,
	`description` text,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_by` integer,
	PRIMARY KEY(`metric_id`, `locale`),
	FOREIGN KEY (`metric_id`) REFERENCES `metrics`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "metric_translations_locale_check" CHECK("locale" in ('ru', 'kk'))
);
