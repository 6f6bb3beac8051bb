CREATE TABLE `suggestions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`commitment_id` integer NOT NULL,
	`body` text NOT NULL,
	`link` text,
	`file_name` text,
	`file_type` text,
	`file_bytes` blob,
	`file_sha256` text,
	`name` text,
	`email` text,
	`locale` text DEFAULT 'en' NOT NULL,
	`address_key` text,
	`state` text DEFAULT 'pending' NOT NULL,
	`reject_reason` text,
	`decided_by` integer,
	`decided_at` text,
	`status_update_id` integer,
	`purged_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`commitment_id`) REFERENCES `commitments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`status_update_id`) REFERENCES `status_updates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `suggestions_state_idx` ON `suggestions` (`state`,`created_at`);--> statement-breakpoint
CREATE INDEX `suggestions_commitment_idx` ON `suggestions` (`commitment_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `suggestions_address_idx` ON `suggestions` (`address_key`,`created_at`);--> statement-breakpoint
CREATE INDEX `suggestions_created_idx` ON `suggestions` (`created_at`);