// The kernel's log calls by name: `dev_err`, `netdev_warn`, `pr_info`, `WARN_ON_ONCE`, `printk`. One list of
// subsystem prefixes serves both the failure-path reading (a branch that only logs) and the nit on logging a signal.
const PREFIXED = "(?:dev|netdev|netif|drm|wiphy|ibdev|hid|bt_dev|pci|ata_dev|sdev|scmd|mmc|spi|i2c)_";
const WARN_OR_PRINTK = String.raw`^WARN(?:_ON)?(?:_ONCE)?$|^printk\w*$`;

/** Any log call, at any level (debug included). */
export const LOG_CALL = new RegExp(String.raw`^${PREFIXED}(?:err|warn|notice|info|crit|alert|emerg|dbg)\w*$|${WARN_OR_PRINTK}|^pr_\w+$`);

/** An error-level report (not dev_dbg/pr_debug/pr_info): what a user would take for a fault. */
export const ERROR_LOG_CALL = new RegExp(String.raw`^${PREFIXED}(?:err|warn|crit|alert|emerg)\w*$|^pr_(?:err|warn|crit|alert|emerg)\w*$|${WARN_OR_PRINTK}`);
