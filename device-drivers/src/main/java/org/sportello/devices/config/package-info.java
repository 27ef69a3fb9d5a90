/**
 * Per-workstation device configuration: {@code ~/.sportello/devices.properties} (or
 * {@code -Dsportello.devices=PATH}) read into {@link org.sportello.devices.config.DevicesConfig}.
 * It only says which driver and transport each device uses;
 * {@link org.sportello.devices.config.DeviceFactory} builds the working ports from it. No file, or a device not mentioned, means the simulator.
 */
package org.sportello.devices.config;
