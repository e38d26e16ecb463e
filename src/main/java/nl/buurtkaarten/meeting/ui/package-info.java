/**
 * The meeting feature's screens, and the pieces of screen that other features' views show too
 * (exposed as this feature's named interface "ui").
 */
@NamedInterface("ui")
package nl.buurtkaarten.meeting.ui;

import org.springframework.modulith.NamedInterface;
