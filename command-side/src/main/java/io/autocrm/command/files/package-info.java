/**
 * Files on messages: uploads ahead of a message ({@code POST /api/v1/uploads}), and the interfaces through which
 * tickets claim them and erasure deletes them. The bytes and their bookkeeping are the platform's
 * ({@code io.autocrm.platform.files}).
 */
package io.autocrm.command.files;
