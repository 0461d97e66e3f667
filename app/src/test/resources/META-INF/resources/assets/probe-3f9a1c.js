export const probe = "hashed asset";
