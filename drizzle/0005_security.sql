-- Security (issue 14): sessions that can be revoked, the second factor, expiring one-time
-- passwords, attempts claimed before the password is checked, and named leases.
-- Existing rows keep their meaning: passwords users chose never expire (password_expires_at
-- stays NULL), and one-time passwords still outstanding expire 72 hours after this migration
-- rather than never. Sessions signed in before it name no row and end at their next request.
CREATE TABLE `leases` (
	`name` text PRIMARY KEY NOT NULL,
	`holder` text NOT NULL,
	`expires_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `recovery_codes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`digest` text NOT NULL,
	`used_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `recovery_codes_user_idx` ON `recovery_codes` (`user_id`);--> statement-breakpoint
CREATE TABLE `user_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`expires_at` text NOT NULL,
	`second_factor_at` text,
	`revoked_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `user_sessions_user_idx` ON `user_sessions` (`user_id`,`revoked_at`);--> statement-breakpoint
ALTER TABLE `sign_in_attempts` ADD `device` text;--> statement-breakpoint
ALTER TABLE `sign_in_attempts` ADD `kind` text DEFAULT 'password' NOT NULL;--> statement-breakpoint
CREATE INDEX `sign_in_attempts_device_idx` ON `sign_in_attempts` (`device`,`at`);--> statement-breakpoint
CREATE INDEX `sign_in_attempts_at_idx` ON `sign_in_attempts` (`at`);--> statement-breakpoint
ALTER TABLE `users` ADD `password_expires_at` text;--> statement-breakpoint
ALTER TABLE `users` ADD `totp_secret` text;--> statement-breakpoint
ALTER TABLE `users` ADD `totp_enabled_at` text;--> statement-breakpoint
ALTER TABLE `users` ADD `totp_last_step` integer;--> statement-breakpoint
UPDATE `users` SET `password_expires_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+72 hours') WHERE `must_change_password` = 1;
