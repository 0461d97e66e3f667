/** Who is calling and what they may do: the access model shared by the command side, query side and app. */
package io.autocrm.access;
