/**
 * Macros: named sets of ticket changes and a reply or note text with placeholders, personal to an agent or shared by
 * admins. Checked against the directory when saved, rendered for a ticket and its caller on request (the web app puts
 * the result in the composer for review), applied only through the ordinary ticket commands, which name the macro as
 * their cause (header {@code X-AutoCRM-Macro}) in their events' metadata; each successful application is counted.
 */
package io.autocrm.command.macro;
