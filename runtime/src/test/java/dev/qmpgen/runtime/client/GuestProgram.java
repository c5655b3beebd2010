package dev.qmpgen.runtime.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A firmware image ({@code -bios}) that plays a guest OS's part without one: 16-bit real-mode code
 * doing port I/O and memory stores (PCI configuration, device registers, virtqueues), in phases.
 * Debian's QEMU has no {@code qtest} accelerator, so a test cannot poke ports from outside; TCG
 * runs this code instead.
 *
 * <p>Each reset (power-on, {@code system_reset}, or the wake-up from S3, which on a PC restarts at
 * the reset vector with RAM kept) runs the next phase: the code keeps a phase counter in RAM at
 * 0:0500, which the BIOS data area would hold on a real PC. A phase ends halted with interrupts
 * off. The image is 64 KiB, the smallest QEMU's PC accepts; its last 16 bytes hold the reset
 * vector, a far jump to the code at F000:0000.
 */
final class GuestProgram {

  private static final int IMAGE_SIZE = 64 * 1024;
  private static final int RESET_VECTOR = IMAGE_SIZE - 16;
  private static final int PHASE_COUNTER = 0x0500;

  private final List<Code> phases = new ArrayList<>();

  /** Adds the phase the next reset runs. */
  GuestProgram phase(Consumer<Code> body) {
    Code code = new Code();
    body.accept(code);
    phases.add(code);
    return this;
  }

  /** Writes the image to {@code file}. */
  Path writeTo(Path file) throws IOException {
    Code program = new Code();
    // mov al, [0x500]; inc al; mov [0x500], al   (DS is 0 after a reset)
    program.bytes(
        0xA0,
        PHASE_COUNTER & 0xFF,
        PHASE_COUNTER >> 8,
        0xFE,
        0xC0,
        0xA2,
        PHASE_COUNTER & 0xFF,
        PHASE_COUNTER >> 8);
    for (int i = 0; i < phases.size(); i++) {
      byte[] body = new Code().bytes(phases.get(i).toBytes()).halt().toBytes();
      // cmp al, phase; jne past this phase's body (rel16)
      program.bytes(0x3C, i + 1, 0x0F, 0x85).word(body.length).bytes(body);
    }
    program.halt(); // later resets do nothing
    byte[] image = new byte[IMAGE_SIZE];
    byte[] code = program.toBytes();
    System.arraycopy(code, 0, image, 0, code.length);
    byte[] farJumpToF000 = {(byte) 0xEA, 0x00, 0x00, 0x00, (byte) 0xF0};
    System.arraycopy(farJumpToF000, 0, image, RESET_VECTOR, farJumpToF000.length);
    return Files.write(file, image);
  }

  /** The instructions of one phase, written as the port accesses they make. */
  static final class Code {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** {@code mov dx, port; mov al, value; out dx, al} */
    Code outb(int port, int value) {
      return bytes(0xBA).word(port).bytes(0xB0, value, 0xEE);
    }

    /** {@code mov dx, port; mov ax, value; out dx, ax} */
    Code outw(int port, int value) {
      return bytes(0xBA).word(port).bytes(0xB8).word(value).bytes(0xEF);
    }

    /** {@code mov dx, port; mov eax, value; out dx, eax} (operand-size prefix 66h in real mode) */
    Code outl(int port, int value) {
      return bytes(0xBA)
          .word(port)
          .bytes(0x66, 0xB8)
          .word(value & 0xFFFF)
          .word(value >>> 16)
          .bytes(0x66, 0xEF);
    }

    /** A write to PCI configuration space through the 0xCF8/0xCFC mechanism, of 1, 2 or 4 bytes. */
    Code pciConfig(int device, int function, int register, int value, int size) {
      outl(0xCF8, 0x8000_0000 | device << 11 | function << 8 | (register & 0xFC));
      int port = 0xCFC + (register & 3);
      return switch (size) {
        case 1 -> outb(port, value);
        case 2 -> outw(port, value);
        case 4 -> outl(port, value);
        default -> throw new IllegalArgumentException("size " + size);
      };
    }

    /**
     * WRITE SECTORS (30h) of sector 0 on the primary IDE master, in PIO: the drive asks for data at
     * once, and {@code rep outsw} sends 256 words (the interrupt vector table at 0:0).
     */
    Code ideWriteFirstSector() {
      outb(0x1F6, 0xE0)
          .outb(0x1F2, 1)
          .outb(0x1F3, 0)
          .outb(0x1F4, 0)
          .outb(0x1F5, 0)
          .outb(0x1F7, 0x30);
      // mov cx, 256; mov si, 0; mov dx, 0x1f0; rep outsw
      return bytes(0xB9).word(256).bytes(0xBE).word(0).bytes(0xBA).word(0x1F0).bytes(0xF3, 0x6F);
    }

    /** Stores {@code data} at {@code address} (below 64 KiB, DS being 0), a word at a time. */
    Code poke(int address, byte[] data) {
      if (address + data.length > 0x10000) {
        throw new IllegalArgumentException(
            "not addressable with DS = 0: " + Integer.toHexString(address));
      }
      for (int i = 0; i < data.length; i += 2) {
        int low = data[i] & 0xFF;
        int high =
            i + 1 < data.length ? data[i + 1] & 0xFF : 0; // pads an odd length with one zero byte
        bytes(0xC7, 0x06).word(address + i).bytes(low, high); // mov word [address], imm16
      }
      return this;
    }

    /**
     * Stores a 32-bit value at a physical address below 1 MiB, through DS, which it sets back to 0.
     */
    Code storeLong(int physical, int value) {
      int segment = (physical >> 4) & 0xF000;
      bytes(0xB8).word(segment).bytes(0x8E, 0xD8); // mov ax, segment; mov ds, ax
      bytes(0x66, 0xC7, 0x06)
          .word(physical - (segment << 4))
          .word(value & 0xFFFF)
          .word(value >>> 16);
      return bytes(0x31, 0xC0, 0x8E, 0xD8); // xor ax, ax; mov ds, ax
    }

    /** {@code cli; hlt; jmp back to the hlt}: nothing wakes it but a reset or an NMI. */
    Code halt() {
      return bytes(0xFA, 0xF4, 0xEB, 0xFD);
    }

    private Code bytes(int... values) {
      for (int value : values) {
        out.write(value);
      }
      return this;
    }

    private Code bytes(byte[] values) {
      out.writeBytes(values);
      return this;
    }

    private Code word(int value) {
      return bytes(value & 0xFF, (value >> 8) & 0xFF);
    }

    private byte[] toBytes() {
      return out.toByteArray();
    }
  }
}
